package org.perfeval.workflow.process;

import java.util.concurrent.atomic.AtomicInteger;

import org.perfeval.scoring.document.Samples;

/** Forms for workflow tests: the seed, and the seed with its weights put right so that it may be submitted. */
public final class Forms {

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
        return corrected(withYear(year)).replace("\"kind\": \"DEPARTMENT_OVERALL\",",
                "\"kind\": \"PROJECT\", \"project\": \"" + project + "\",");
    }

    private static String withYear(int year) {
        return Samples.jinshui2021Json().replace("\"year\": 2021", "\"year\": " + year);
    }

    private static String corrected(String json) {
        return json.replace("\"产出指标\", \"level2\": \"履职目标实现\", \"level3\": \"提高业务工作水平\"",
                "\"效益指标\", \"level2\": \"履职目标实现\", \"level3\": \"提高业务工作水平\"");
    }
}
