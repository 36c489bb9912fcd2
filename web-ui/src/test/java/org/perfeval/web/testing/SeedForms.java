package org.perfeval.web.testing;

import org.perfeval.scoring.document.Samples;

/** Variants of the seed report for screen tests: as filed (with its two errors), or with the misfiled row fixed. */
public final class SeedForms {

    private SeedForms() {
    }

    /** The seed as a project form of its own, errors and all. */
    public static String asFiled(String project) {
        return Samples.jinshui2021Json().replace("\"kind\": \"DEPARTMENT_OVERALL\",",
                "\"kind\": \"PROJECT\", \"project\": \"" + project + "\",");
    }

    /** The seed as a project form with the row misfiled under 产出指标 moved to 效益指标: no errors, submittable. */
    public static String submittable(String project) {
        return asFiled(project).replace("\"产出指标\", \"level2\": \"履职目标实现\", \"level3\": \"提高业务工作水平\"",
                "\"效益指标\", \"level2\": \"履职目标实现\", \"level3\": \"提高业务工作水平\"");
    }
}
