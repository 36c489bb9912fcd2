package org.perfeval.workflow.process;

import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.workflow.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Not a test: prints, for a real MariaDB, how many complete lifecycles (import, submit, internal approval, finance
 * approval, publication) {@code perfeval.bench.workers} (8) workers run per second together, where one lifecycle's
 * time goes (SQL statements and median time of each step, Flowable's history level, the pool, the snapshot's size),
 * and what one full step (score, snapshot, audit, status, task, outbox) costs against a bare taskService.complete of
 * the same task. Run with -Pbench; -Dperfeval.bench.lifecycles=N to change 1,000 (and perfeval.bench.steps,
 * perfeval.bench.profiled, perfeval.bench.warm-up: 100, 30 and 20 lifecycles or steps).
 */
@ExtendWith(MariaDb.class)
@SpringBootTest(properties = "logging.level.root=WARN")
@DirtiesContext
@WithTestDirectory
class WorkflowBenchmark {

    private static final int LIFECYCLES = Integer.getInteger("perfeval.bench.lifecycles", 1000);
    private static final int WORKERS = Integer.getInteger("perfeval.bench.workers", 8);
    private static final int STEPS = Integer.getInteger("perfeval.bench.steps", 100);
    private static final int PROFILED = Integer.getInteger("perfeval.bench.profiled", 30);
    private static final int WARM_UP = Integer.getInteger("perfeval.bench.warm-up", 20);
    private static final String[] STEP_NAMES = {"import", "submit", "internal approval", "finance approval",
        "publication"};

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
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Test
    void lifecyclesAndStepCost() throws Exception {
        warmUp();
        // a database that has been running has statistics for Flowable's runtime tables; a fresh one says they are
        // empty, and InnoDB then scans them whole to delete a process's variables, locking rows of other processes
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema"
                + " = database() and table_name like 'ACT\\_RU\\_%'", String.class)) {
            jdbc.execute("analyze table " + table);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            done.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < LIFECYCLES; i = next.getAndIncrement()) {
                    lifecycle(2000 + i % 100, "L" + i, retries, null);
                }
            }));
        }
        for (Future<?> worker : done) {
            worker.get(2, TimeUnit.HOURS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        workers.shutdown();

        long[][] profile = new long[2][STEP_NAMES.length];
        for (int i = 0; i < PROFILED; i++) {
            lifecycle(2098, "P" + i, retries, profile);
        }
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
        report(seconds, retries.get(), profile, median(full) / 1e6, median(bare) / 1e6);
    }

    private void report(double seconds, int retries, long[][] profile, double fullMs, double bareMs) {
        System.out.printf("%n[bench] %d lifecycles on MariaDB in %.1f s: %.1f lifecycles/s (%d workers, %d steps"
                + " retried after losing a race)%n", LIFECYCLES, seconds, LIFECYCLES / seconds, WORKERS, retries);
        System.out.printf("[bench] Flowable history level %s, async executor %s, connection pool %d, isolation %s%n",
                engine.getHistoryLevel(), engine.isAsyncExecutorActivate() ? "on" : "off",
                maximumPoolSize(), jdbc.queryForObject("select @@tx_isolation", String.class));
        for (int s = 0; s < STEP_NAMES.length; s++) {
            System.out.printf("[bench]   %-18s %5.1f SQL statements, %6.2f ms (mean of %d, one at a time)%n",
                    STEP_NAMES[s], profile[0][s] / (double) PROFILED, profile[1][s] / 1e6 / PROFILED, PROFILED);
        }
        Map<String, Object> snapshots = jdbc.queryForMap("select count(*) n, avg(length(document_json)) json,"
                + " avg(length(findings_json)) findings from score_snapshot");
        System.out.printf("[bench] score snapshots: %s, mean document %.0f bytes, findings %.0f bytes%n",
                snapshots.get("n"), ((Number) snapshots.get("json")).doubleValue(),
                ((Number) snapshots.get("findings")).doubleValue());
        System.out.printf("[bench] one full step (approve: score, snapshot, audit, status, task, outbox): median"
                + " %.2f ms%n", fullMs);
        System.out.printf("[bench] bare taskService.complete of the same task: median %.2f ms%n", bareMs);
        System.out.printf("[bench] ratio full / bare: %.2f (goal: at most 2)%n%n", fullMs / bareMs);
    }

    private int maximumPoolSize() {
        try {
            return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        } catch (SQLException e) {
            return -1;
        }
    }

    private void warmUp() {
        for (int i = 0; i < WARM_UP; i++) {
            lifecycle(2099, "W" + i, new AtomicInteger(), null);
        }
    }

    /** One lifecycle; {@code profile} (when given) adds each step's statements and nanoseconds. */
    private void lifecycle(int year, String name, AtomicInteger retries, long[][] profile) {
        Map<Integer, LongSupplier> steps = new LinkedHashMap<>();
        long[] id = new long[1];
        steps.put(0, () -> id[0] = TestDirectory.as(users, OFFICE_DRAFTER,
                () -> evaluations.importJson(Forms.submittableProject(year, name))).id());
        steps.put(1, () -> as(OFFICE_DRAFTER, () -> workflow.submit(id[0])));
        steps.put(2, () -> as(OFFICE_REVIEWER, () -> workflow.approve(id[0], null)));
        steps.put(3, () -> as(FINANCE_REVIEWER, () -> workflow.approve(id[0], null)));
        steps.put(4, () -> as(OFFICE_REVIEWER, () -> workflow.publish(id[0])));
        steps.forEach((s, step) -> {
            long statements = StatementCounter.count();
            long t0 = System.nanoTime();
            retried(step, retries);
            if (profile != null) {
                profile[0][s] += StatementCounter.count() - statements;
                profile[1][s] += System.nanoTime() - t0;
            }
        });
    }

    private long as(String user, Runnable step) {
        TestDirectory.as(users, user, step);
        return 0;
    }

    /**
     * A step that lost a race for a lock (the database chose it as a deadlock's victim) is taken again after a
     * moment, as a user told "someone else acted at the same time" would.
     */
    private static void retried(LongSupplier step, AtomicInteger retries) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.getAsLong();
                return;
            } catch (WorkflowRefusedException | TransientDataAccessException e) {
                if (attempt == 10) {
                    throw e;
                }
                retries.incrementAndGet();
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 50) * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
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
