package org.perfeval.deploy.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Node A and node B of one platform on one database, started at the same moment. Both run Flowable's async
 * executor with job locking in the shared database, with times shortened for the test: a lock expires after 10 s
 * and is looked for every 2 s, due timers are looked for every second. A grabs up to 100 due jobs at a time, B one
 * timer at a time, so that A is the one holding jobs when it is killed; B takes up to 100 jobs whose lock expired.
 */
final class TwoNodes implements AutoCloseable {

    static final Duration LOCK_TIME = Duration.ofSeconds(10);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

    private final Map<String, String> environment;
    private final PlatformNode a;
    private final PlatformNode b;

    private TwoNodes(Map<String, String> environment, PlatformNode a, PlatformNode b) {
        this.environment = environment;
        this.a = a;
        this.b = b;
    }

    /** Starts both nodes at once and waits until both are healthy; their start times go to the console. */
    static TwoNodes start(String prefix, SystemDatabase database, String profiles, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("SPRING_PROFILES_ACTIVE", profiles);
        environment.put("PERFEVAL_DB_URL", database.url());
        environment.put("PERFEVAL_DB_USER", SystemDatabase.USER);
        environment.put("PERFEVAL_DB_PASSWORD", SystemDatabase.PASSWORD);
        PlatformNode a = PlatformNode.start(prefix + "-a", JVM, environment, arguments(prefix + "-a", 100));
        PlatformNode b = PlatformNode.start(prefix + "-b", JVM, environment, arguments(prefix + "-b", 1));
        TwoNodes nodes = new TwoNodes(environment, a, b);
        try {
            Duration upA = a.awaitHealthy(START_TIMEOUT);
            Duration upB = b.awaitHealthy(START_TIMEOUT);
            System.err.printf("[perfeval] %s: node A healthy after %.1f s, node B after %.1f s%n", prefix,
                    upA.toMillis() / 1000.0, upB.toMillis() / 1000.0);
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
        return nodes;
    }

    private static List<String> arguments(String lockOwner, int timersPerAcquisition) {
        String executor = "--flowable.process.async.executor.";
        List<String> arguments = new ArrayList<>(List.of(
                executor + "lock-owner=" + lockOwner,
                executor + "async-job-lock-time=" + LOCK_TIME.toSeconds() + "s",
                executor + "timer-lock-time=" + LOCK_TIME.toSeconds() + "s",
                executor + "reset-expired-jobs-interval=2s",
                executor + "default-timer-job-acquire-wait-time=1s",
                executor + "default-async-job-acquire-wait-time=1s",
                executor + "max-timer-jobs-per-acquisition=" + timersPerAcquisition,
                executor + "max-async-jobs-due-per-acquisition=100",
                // events a killed node left unhandled are handed out again soon, not after the default 30 s
                "--perfeval.notifications.retry-interval=3s"));
        return arguments;
    }

    PlatformNode a() {
        return a;
    }

    PlatformNode b() {
        return b;
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }
}
