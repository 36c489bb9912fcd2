package org.perfeval.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh utf8mb4 database on a real MariaDB/MySQL server for one test class, dropped afterwards. The server is
 * PERFEVAL_IT_DB_URL (default jdbc:mysql://127.0.0.1:3306/) with PERFEVAL_IT_DB_USER (root) and
 * PERFEVAL_IT_DB_PASSWORD (empty). Without a server the class is skipped with a message, except in CI (CI=true) or
 * with -Dperfeval.it.require-mariadb=true, where that is a failure: there the MariaDB suite must run.
 */
public final class MariaDb implements BeforeAllCallback, AfterAllCallback {

    private static final String SERVER = env("PERFEVAL_IT_DB_URL", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = env("PERFEVAL_IT_DB_USER", "root");
    private static final String PASSWORD = env("PERFEVAL_IT_DB_PASSWORD", "");
    private static final List<String> CREATED = new ArrayList<>();
    private static String database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = "perfeval_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(SERVER + "?" + options(), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            database = null;
            String message = "MariaDB/MySQL is not reachable at " + SERVER + " as " + USER + " (" + e.getMessage()
                    + "): the MariaDB suite (" + context.getDisplayName() + ") is skipped";
            if (required()) {
                throw new IllegalStateException(message.replace("is skipped", "must run here but cannot"), e);
            }
            System.err.println("[perfeval] " + message);
            throw new TestAbortedException(message);
        }
    }

    /**
     * Drops the class's database when the test JVM ends: the application still using it is closed by then, in
     * whatever order the extensions of a test class run.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        if (database == null) {
            return;
        }
        synchronized (CREATED) {
            if (CREATED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(MariaDb::dropAll, "drop-test-databases"));
            }
            CREATED.add(database);
        }
        database = null;
    }

    private static void dropAll() {
        try (Connection connection = DriverManager.getConnection(SERVER + "?" + options(), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException e) {
            System.err.println("[perfeval] could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }

    /** Points Spring's data source at this class's database. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDb::url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        // the connection settings of the application's mysql profile (web-ui's application-mysql.properties)
        registry.add("spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_READ_COMMITTED");
        registry.add("spring.datasource.hikari.data-source-properties.useLocalSessionState", () -> "true");
        registry.add("spring.datasource.hikari.data-source-properties.cachePrepStmts", () -> "true");
        registry.add("spring.datasource.hikari.data-source-properties.prepStmtCacheSize", () -> "250");
        registry.add("spring.datasource.hikari.data-source-properties.prepStmtCacheSqlLimit", () -> "2048");
    }

    public static String url() {
        if (database == null) {
            throw new IllegalStateException("no MariaDB test database: is the class annotated @ExtendWith(MariaDb.class)?");
        }
        return SERVER + database + "?" + options();
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static String options() {
        // nullDatabaseMeansCurrent: metadata questions (Flowable asks whether its tables exist) concern this
        // database only, not every database on the server
        return "characterEncoding=UTF-8&connectionTimeZone=UTC&sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&nullDatabaseMeansCurrent=true";
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || Boolean.getBoolean("perfeval.it.require-mariadb");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
