package org.perfeval.workflow.process;

import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: prints, for a real MariaDB, how many complete lifecycles (import, submit, internal approval, finance
 * approval, publication) run per second, and what one full step (score, snapshot, audit, status, task) costs against
 * a bare taskService.complete of the same task. Run with -Pbench; -Dperfeval.bench.lifecycles=N to change 1,000.
 */
@ExtendWith(MariaDb.class)
@SpringBootTest(properties = "logging.level.root=WARN")
@DirtiesContext
@WithTestDirectory
class WorkflowBenchmark {

    private static final int LIFECYCLES = Integer.getInteger("perfeval.bench.lifecycles", 1000);
    private static final int STEPS = 200;

    @Autowired
    WorkflowService workflow;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    UserDetailsService users;
    @Autowired
    TaskService taskService;
    @Autowired
    TransactionTemplate transactions;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }

    @Test
    void lifecyclesAndStepCost() {
        warmUp();
        long start = System.nanoTime();
        for (int i = 0; i < LIFECYCLES; i++) {
            lifecycle(2000 + i % 100, i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Long> full = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            long a = submitted(2050, "full" + i);
            long b = submitted(2051, "bare" + i);
            long t0 = System.nanoTime();
            TestDirectory.as(users, OFFICE_REVIEWER, () -> workflow.approve(a, null));
            full.add(System.nanoTime() - t0);
            String task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(b)).singleResult()
                    .getId();
            long t1 = System.nanoTime();
            transactions.executeWithoutResult(status -> taskService.complete(task, Map.of("decision", "approve")));
            bare.add(System.nanoTime() - t1);
        }
        double fullMs = median(full) / 1e6;
        double bareMs = median(bare) / 1e6;
        System.out.printf("%n[bench] %d lifecycles on MariaDB in %.1f s: %.1f lifecycles/s%n", LIFECYCLES, seconds,
                LIFECYCLES / seconds);
        System.out.printf("[bench] one full step (approve: score, snapshot, audit, status, task): median %.2f ms%n",
                fullMs);
        System.out.printf("[bench] bare taskService.complete of the same task: median %.2f ms%n", bareMs);
        System.out.printf("[bench] ratio full / bare: %.2f (goal: at most 2)%n%n", fullMs / bareMs);
    }

    private void warmUp() {
        for (int i = 0; i < 20; i++) {
            lifecycle(2099, 100_000 + i);
        }
    }

    private void lifecycle(int year, int n) {
        long id = TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittableProject(year, "L" + n))).id();
        TestDirectory.as(users, OFFICE_DRAFTER, () -> workflow.submit(id));
        TestDirectory.as(users, OFFICE_REVIEWER, () -> workflow.approve(id, null));
        TestDirectory.as(users, FINANCE_REVIEWER, () -> workflow.approve(id, null));
        TestDirectory.as(users, OFFICE_REVIEWER, () -> workflow.publish(id));
    }

    private long submitted(int year, String name) {
        long id = TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittableProject(year, name))).id();
        TestDirectory.as(users, OFFICE_DRAFTER, () -> workflow.submit(id));
        return id;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
