package org.perfeval.core.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.Samples;

/** Forms for tests: the seed, and the seed with its misfiled row put right so that it may be submitted. */
public final class Forms {

    private static final String MISFILED = "提高业务工作水平";
    private static final AtomicInteger YEAR = new AtomicInteger(2030);

    private Forms() {
    }

    /** The seed for a year no other test uses, with 提高业务工作水平 (6) moved from 产出 to 效益: 40 and 30. */
    public static String submittable() {
        return corrected(withYear(YEAR.incrementAndGet()));
    }

    /** The seed as filed, for a year no other test uses: its block weights do not add up (ERROR findings). */
    public static String withErrors() {
        return withYear(YEAR.incrementAndGet());
    }

    /** The corrected seed as a project evaluation: any number of them may exist for one department and year. */
    public static String submittableProject(int year, String project) {
        return asProject(corrected(withYear(year)), project);
    }

    /** The seed as filed, as a project evaluation of its own: its block weights do not add up. */
    public static String withErrorsProject(String project) {
        return asProject(Samples.jinshui2021Json(), project);
    }

    /** The corrected seed of 2021 as a project evaluation of its own. */
    public static String submittableProject(String project) {
        return asProject(corrected(Samples.jinshui2021Json()), project);
    }

    /** The row of {@code document} misfiled under 产出指标 (提高业务工作水平), which the corrected forms move. */
    public static int misfiledRow(SelfEvaluationDocument document) {
        for (int i = 0; i < document.indicators().size(); i++) {
            Indicator row = document.indicators().get(i);
            if (row.level3().equals(MISFILED) && row.level1().equals("产出指标")) {
                return i;
            }
        }
        throw new IllegalArgumentException("the form has no misfiled row");
    }

    private static String asProject(String json, String project) {
        return json.replace("\"kind\": \"DEPARTMENT_OVERALL\",",
                "\"kind\": \"PROJECT\", \"project\": \"" + project + "\",");
    }

    private static String withYear(int year) {
        return Samples.jinshui2021Json().replace("\"year\": 2021", "\"year\": " + year);
    }

    private static String corrected(String json) {
        return json.replace("\"产出指标\", \"level2\": \"履职目标实现\", \"level3\": \"" + MISFILED + "\"",
                "\"效益指标\", \"level2\": \"履职目标实现\", \"level3\": \"" + MISFILED + "\"");
    }
}
