package org.perfeval.workflow.inbox;

import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.workflow.process.ProcessVariables;
import org.perfeval.workflow.process.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: prints, for a real MariaDB, how long one page of an inbox holding 10,000 tasks takes to load (first
 * page, a deep page, the count, a filtered page), as the screens' lazy grid asks for it. Run with -Pbench;
 * -Dperfeval.bench.tasks=N to change 10,000.
 */
@ExtendWith(MariaDb.class)
@SpringBootTest(properties = "logging.level.root=WARN")
@DirtiesContext
@WithTestDirectory
class InboxBenchmark {

    private static final int TASKS = Integer.getInteger("perfeval.bench.tasks", 10_000);
    private static final int FORMS = 100;
    private static final int PAGE = 50;
    private static final int REPEATS = 30;

    @Autowired
    InboxService queries;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    UserDetailsService users;
    @Autowired
    RuntimeService runtime;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }

    @Test
    void pagesOfALargeInbox() {
        List<Long> forms = new ArrayList<>();
        for (int i = 0; i < FORMS; i++) {
            String project = "待办" + i;
            long id = TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.importJson(
                    Forms.submittableProject(2030, project)).id());
            forms.add(id);
        }
        long start = System.nanoTime();
        for (int i = FORMS; i < TASKS; i++) {
            long id = forms.get(i % FORMS);
            // more drafting tasks on the same forms: what an inbox of 10,000 looks like to the query
            runtime.startProcessInstanceByKey(Step.PROCESS, String.valueOf(id), Map.of(ProcessVariables.EVALUATION_ID,
                    id, "department", TestDirectory.OFFICE, "bureau", TestDirectory.BUREAU, "round", 0));
        }
        System.out.printf("[bench] inbox set-up: %d tasks in %.1f s%n", TASKS, (System.nanoTime() - start) / 1e9);

        InboxQuery all = InboxQuery.all();
        InboxQuery byDue = new InboxQuery(null, TestDirectory.OFFICE, false, InboxQuery.Sort.DUE, false);
        report("count", () -> queries.inboxCount(all));
        report("first page of 50", () -> queries.inbox(all, 0, PAGE));
        report("page at 9,000", () -> queries.inbox(all, Math.max(0, TASKS - 1000), PAGE));
        report("filtered, by due date", () -> queries.inbox(byDue, 0, PAGE));
    }

    private void report(String what, Supplier<Object> work) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < REPEATS + 5; i++) {
            long t0 = System.nanoTime();
            Object result = TestDirectory.as(users, OFFICE_DRAFTER, work);
            if (i >= 5) {
                times.add(System.nanoTime() - t0);
            }
            if (result instanceof List<?> page && page.size() != PAGE) {
                throw new IllegalStateException(what + " returned " + page.size() + " items");
            }
        }
        Collections.sort(times);
        System.out.printf("[bench] inbox %s with %d tasks: median %.1f ms, p90 %.1f ms%n", what, TASKS,
                times.get(times.size() / 2) / 1e6, times.get(times.size() * 9 / 10) / 1e6);
    }
}
