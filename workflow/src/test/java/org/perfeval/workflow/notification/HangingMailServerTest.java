package org.perfeval.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A mail server that accepts connections and then says nothing for 30 seconds: the step that notifies returns at
 * once, its notification is there, and the mail waits for a later try.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3027",
        "spring.mail.properties.mail.smtp.connectiontimeout=20000", "spring.mail.properties.mail.smtp.timeout=20000",
        "perfeval.notifications.retry-interval=1h"})
@WithTestDirectory
class HangingMailServerTest {

    private static final Duration HANG = Duration.ofSeconds(30);
    private static ServerSocket server;
    private static final List<Socket> held = new ArrayList<>();

    @Autowired
    WorkflowService workflow;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    /** Accepts every connection and holds it silent for {@link #HANG}, then closes it. */
    @BeforeAll
    static void silentServer() throws IOException {
        server = new ServerSocket(3027, 10, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    synchronized (held) {
                        held.add(socket);
                    }
                    Thread.ofVirtual().start(() -> closeAfterHang(socket));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private static void closeAfterHang(Socket socket) {
        try (socket) {
            socket.setSoTimeout((int) HANG.toMillis());
            socket.getInputStream().read();
        } catch (IOException timedOutOrClosed) {
            // the hang is over either way
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        synchronized (held) {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aHangingMailServerDoesNotHoldUpTheStep() {
        long id = TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittable())).id();
        TestDirectory.as(users, OFFICE_DRAFTER, () -> workflow.submit(id));

        long start = System.nanoTime();
        TestDirectory.as(users, OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, "请补充"));
        Duration step = Duration.ofNanos(System.nanoTime() - start);

        // sending in the step would take the mail timeout (20 s) at least; a loaded machine still takes far less
        assertThat(step).as("the step does not wait for the mail server").isLessThan(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> TestDirectory.as(users, OFFICE_DRAFTER,
                () -> notifications.mine()).stream().anyMatch(n -> n.evaluationId() == id));
        await().atMost(Duration.ofSeconds(45)).until(() -> jdbc.queryForObject(
                "select mail_attempts from notification where evaluation_id = ?", Integer.class, id) == 1);
        assertThat(jdbc.queryForObject("select mail_status from notification where evaluation_id = ?", String.class,
                id)).isEqualTo("PENDING");
        assertThat(held).isNotEmpty();
    }
}
