package org.perfeval.deploy.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/**
 * The packaged platform as a province runs it: two nodes of the production jar on one MariaDB database of their own,
 * in the mysql profile with local accounts. The nodes are started once, at the same moment, on the empty database;
 * the cases run in order on them, the last one killing node A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesSystemIT {

    private static final int TIMERS = 50;
    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    private SystemDatabase database;
    private TwoNodes nodes;
    private final List<String> departments = new ArrayList<>();

    @BeforeAll
    void startTwoNodesAtOnceOnAnEmptyDatabase() {
        database = SystemDatabase.create();
        nodes = TwoNodes.start("local", database, "mysql", Map.of());
        organisation();
    }

    @AfterAll
    void stop() {
        if (nodes != null) {
            nodes.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void twoNodesStartingTogetherOnAnEmptyDatabaseMigrateItOnceAndBothComeUp() {
        assertThat(nodes.a().isAlive()).isTrue();
        assertThat(nodes.b().isAlive()).isTrue();
        long migrations = database.number("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL");
        assertThat(migrations).as("versioned migrations applied").isPositive();
        assertThat(database.number("SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE success = 1"
                + " AND version IS NOT NULL")).as("each migration applied once, successfully").isEqualTo(migrations);
        assertThat(database.number("SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = 'selfEvaluation'"))
                .as("the process deployed once").isEqualTo(1);
        assertThat(database.number("SELECT COUNT(*) FROM stage_deadline")).isEqualTo(5);
    }

    @Test
    @Order(2)
    void aFormSubmittedOnNodeAIsApprovedOnNodeBAndEachNodeSeesTheOthersSteps() {
        FormAcrossNodes.submittedOnAApprovedOnB(staff("A", nodes.a()), staff("B", nodes.b()));
    }

    @Test
    @Order(3)
    void fiftyDueTimersFireExactlyOnceAcrossBothNodes() {
        List<Long> evaluations = openRoundDueToday(2022, nodes.b());

        awaitOneReminderEach(evaluations, Duration.ofSeconds(90));
        holdsForLockTime(() -> assertOneReminderEach(evaluations), TwoNodes.LOCK_TIME.plusSeconds(2));
        assertThat(dueJobs()).as("due jobs left").isZero();
        JsonNode drafterInbox = PlatformApi.basic(nodes.a(), drafterOf(0), Organisation.PASSWORD)
                .get("/api/notifications");
        assertThat(drafterInbox.toString()).contains("REMINDER");
    }

    @Test
    @Order(4)
    void nodeAKilledWhileHoldingJobsNodeBCompletesThemOnceTheirLocksExpire() {
        List<Long> evaluations = openRoundDueToday(2023, nodes.b());

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                .until(() -> heldBy(nodes.a().name()) > 0);
        nodes.a().kill();
        long held = heldBy(nodes.a().name());
        System.err.printf("[perfeval] node A killed holding %d jobs%n", held);
        assertThat(held).as("jobs node A held when it was killed").isPositive();
        holdsForLockTime(() -> assertThat(heldBy(nodes.a().name()))
                .as("A's jobs, left alone by B while their locks hold").isEqualTo(held), Duration.ofSeconds(3));

        awaitOneReminderEach(evaluations, Duration.ofSeconds(90));
        assertThat(heldBy(nodes.a().name())).as("jobs still locked by the dead node").isZero();
        holdsForLockTime(() -> assertOneReminderEach(evaluations), Duration.ofSeconds(4));
        assertThat(dueJobs()).as("due jobs left").isZero();
        assertThat(nodes.b().isAlive()).isTrue();
    }

    /** Accounts and departments, through node A: an administrator in the database, the rest over the API. */
    private void organisation() {
        Organisation.firstAdministrator(database);
        PlatformApi admin = PlatformApi.basic(nodes.a(), "admin", Organisation.PASSWORD);
        Organisation.office(admin);
        admin.put("/api/admin/templates/DEPARTMENT_OVERALL", Organisation.seedForm());
        for (int i = 0; i < TIMERS; i++) {
            String code = String.format("T%03d", i + 1);
            Organisation.department(admin, code, String.format("系统测试第%03d局", i + 1));
            Organisation.user(admin, drafterOf(i), String.format("测试填报%03d", i + 1), code, "DRAFTER");
            departments.add(code);
        }
    }

    /** A round due today: each department's draft starts with its reminder already due. */
    private List<Long> openRoundDueToday(int year, PlatformNode node) {
        JsonNode round = PlatformApi.basic(node, "admin", Organisation.PASSWORD).post("/api/rounds",
                Map.of("year", year, "kind", "DEPARTMENT_OVERALL", "departments", departments,
                        "dueDate", LocalDate.now(PLATFORM_ZONE).toString()));
        List<Long> evaluations = new ArrayList<>();
        round.get("evaluations").forEach(entry -> evaluations.add(entry.get("evaluationId").asLong()));
        assertThat(evaluations).hasSize(TIMERS);
        return evaluations;
    }

    private void awaitOneReminderEach(List<Long> evaluations, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(250))
                .until(() -> reminders(evaluations) >= evaluations.size());
    }

    /** {@code check} holds throughout {@code period}: nothing done twice, nothing taken over too early. */
    private static void holdsForLockTime(ThrowingRunnable check, Duration period) {
        await().during(period).atMost(period.plusSeconds(5)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(check);
    }

    private void assertOneReminderEach(List<Long> evaluations) {
        assertThat(reminders(evaluations)).as("reminders stored").isEqualTo(evaluations.size());
        assertThat(database.number("SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) n FROM notification WHERE kind"
                + " = 'REMINDER' AND evaluation_id IN (" + ids(evaluations) + ") GROUP BY evaluation_id) c"))
                .as("reminders of one form").isEqualTo(1);
    }

    private long reminders(List<Long> evaluations) {
        return database.number("SELECT COUNT(*) FROM notification WHERE kind = 'REMINDER' AND evaluation_id IN ("
                + ids(evaluations) + ")");
    }

    /** Jobs and timers a node has locked and not finished. */
    private long heldBy(String node) {
        return database.number("SELECT (SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ = ?)"
                + " + (SELECT COUNT(*) FROM ACT_RU_TIMER_JOB WHERE LOCK_OWNER_ = ?)", node, node);
    }

    /** Jobs ready to run and timers already due (the overdue timers fall due at the end of today). */
    private long dueJobs() {
        return database.number("SELECT (SELECT COUNT(*) FROM ACT_RU_JOB)"
                + " + (SELECT COUNT(*) FROM ACT_RU_TIMER_JOB WHERE DUEDATE_ <= UTC_TIMESTAMP())");
    }

    private Staff staff(String name, PlatformNode node) {
        return new Staff(name, PlatformApi.basic(node, "drafter", Organisation.PASSWORD),
                PlatformApi.basic(node, "reviewer", Organisation.PASSWORD),
                PlatformApi.basic(node, "finance", Organisation.PASSWORD));
    }

    private static String drafterOf(int index) {
        return String.format("drafter-t%03d", index + 1);
    }

    private static String ids(List<Long> evaluations) {
        return evaluations.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
