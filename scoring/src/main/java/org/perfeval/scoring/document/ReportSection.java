package org.perfeval.scoring.document;

import java.util.List;

/** The eight sections of the written self-evaluation report (绩效自评报告), in their fixed order. */
public enum ReportSection {
    BASIC_INFORMATION("一、基本情况", "basicInformation"),
    WORK_CARRIED_OUT("二、绩效自评工作开展情况", "workCarriedOut"),
    CONCLUSION("三、综合评价结论", "conclusion"),
    GOAL_ACHIEVEMENT("四、绩效目标实现情况分析", "goalAchievement"),
    PROBLEMS_AND_MEASURES("五、发现的主要问题和改进措施", "problemsAndMeasures"),
    APPLICATION_AND_DISCLOSURE("六、绩效自评结果拟应用和公开情况", "applicationAndDisclosure"),
    EXPERIENCE_AND_SUGGESTIONS("七、绩效自评工作的经验、问题和建议", "experienceAndSuggestions"),
    OTHER_MATTERS("八、其他需要说明的问题", "otherMatters");

    private final String title;
    private final String jsonName;

    ReportSection(String title, String jsonName) {
        this.title = title;
        this.jsonName = jsonName;
    }

    public String title() {
        return title;
    }

    /** The property name of this section in the document's {@code report} object. */
    public String jsonName() {
        return jsonName;
    }

    public static List<ReportSection> inOrder() {
        return List.of(values());
    }
}
