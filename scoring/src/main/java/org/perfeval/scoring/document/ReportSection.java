package org.perfeval.scoring.document;

import java.util.List;

import org.perfeval.scoring.text.Labelled;

/** The eight sections of the written self-evaluation report (绩效自评报告) in their fixed order, labelled by heading. */
public enum ReportSection implements Labelled {
    BASIC_INFORMATION("basicInformation"),
    WORK_CARRIED_OUT("workCarriedOut"),
    CONCLUSION("conclusion"),
    GOAL_ACHIEVEMENT("goalAchievement"),
    PROBLEMS_AND_MEASURES("problemsAndMeasures"),
    APPLICATION_AND_DISCLOSURE("applicationAndDisclosure"),
    EXPERIENCE_AND_SUGGESTIONS("experienceAndSuggestions"),
    OTHER_MATTERS("otherMatters");

    private final String jsonName;

    ReportSection(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The property name of this section in the document's {@code report} object. */
    public String jsonName() {
        return jsonName;
    }

    @Override
    public String labelKey() {
        return "section." + name();
    }

    public static List<ReportSection> inOrder() {
        return List.of(values());
    }
}
