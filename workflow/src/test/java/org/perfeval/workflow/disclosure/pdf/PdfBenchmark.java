package org.perfeval.workflow.disclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.print.EvaluationPdf;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: prints how long the seed takes to come out as a PDF, as the evaluation for stamping and as the
 * disclosed report, on a real MariaDB: the first one (fonts parsed, layout engine loaded) and the median of the next
 * ones, in wall and CPU time; the goal for an export is under 1 s. Run with -Pbench; -Dperfeval.bench.pdfs=N to
 * change 20.
 */
@ExtendWith(MariaDb.class)
@SpringBootTest(properties = "logging.level.root=WARN")
@DirtiesContext
@WithTestDirectory
class PdfBenchmark {

    private static final int RUNS = Integer.getInteger("perfeval.bench.pdfs", 20);

    @Autowired
    EvaluationService evaluations;
    @Autowired
    WorkflowService workflow;
    @Autowired
    EvaluationPdf evaluationPdf;
    @Autowired
    DisclosedReportPdf reportPdf;
    @Autowired
    UserDetailsService users;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }

    @Test
    void printingTheSeed() {
        long id = as(OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittable()).id());
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));
        as(FINANCE_REVIEWER, () -> workflow.approve(id, null));
        as(OFFICE_REVIEWER, () -> workflow.publish(id));

        report("evaluation PDF", () -> as(OFFICE_DRAFTER,
                () -> evaluationPdf.evaluation(id, Locale.SIMPLIFIED_CHINESE).content()));
        report("disclosed report PDF", () -> reportPdf.pdf(id, Locale.SIMPLIFIED_CHINESE).orElseThrow().content());
    }

    /**
     * Wall time and the thread's CPU time: the machine these run on is shared, and under load the wall time says
     * more about the neighbours than about the PDF.
     */
    private static void report(String what, Supplier<byte[]> print) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        byte[] first = print.get();
        double firstMs = (System.nanoTime() - start) / 1e6;
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            assertThat(print.get()).isNotEmpty();
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            wall[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%n[bench] %s of the seed (%d KiB): first %.0f ms; of the next %d, median %.0f ms"
                + " (CPU %.0f ms), slowest %.0f ms (goal: under 1 s)%n%n", what, first.length / 1024, firstMs, RUNS,
                wall[RUNS / 2], cpu[RUNS / 2], wall[RUNS - 1]);
    }

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }

    private void as(String user, Runnable work) {
        TestDirectory.as(users, user, work);
    }
}
