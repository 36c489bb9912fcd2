package org.perfeval.workflow.process;

import java.util.concurrent.atomic.AtomicInteger;

import org.perfeval.scoring.document.Samples;

/** Forms for workflow tests: the seed, and the seed with its weights put right so that it may be submitted. */
final class Forms {

    private static final AtomicInteger YEAR = new AtomicInteger(2030);

    private Forms() {
    }

    /** The seed for a year no other test uses, with 提高业务工作水平 (6) moved from 产出 to 效益: 40 and 30. */
    static String submittable() {
        return Samples.jinshui2021Json()
                .replace("\"year\": 2021", "\"year\": " + YEAR.incrementAndGet())
                .replace("\"产出指标\", \"level2\": \"履职目标实现\", \"level3\": \"提高业务工作水平\"",
                        "\"效益指标\", \"level2\": \"履职目标实现\", \"level3\": \"提高业务工作水平\"");
    }

    /** The seed as filed, for a year no other test uses: its block weights do not add up (ERROR findings). */
    static String withErrors() {
        return Samples.jinshui2021Json().replace("\"year\": 2021", "\"year\": " + YEAR.incrementAndGet());
    }
}
