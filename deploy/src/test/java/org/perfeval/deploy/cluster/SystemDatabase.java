package org.perfeval.deploy.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh utf8mb4 database of its own on the real MariaDB/MySQL server (PERFEVAL_IT_DB_URL, default
 * jdbc:mysql://127.0.0.1:3306/, as PERFEVAL_IT_DB_USER root with PERFEVAL_IT_DB_PASSWORD empty), dropped on close.
 * The nodes get its URL; the test reads what they stored through plain JDBC.
 */
final class SystemDatabase implements AutoCloseable {

    private static final String SERVER = env("PERFEVAL_IT_DB_URL", "jdbc:mysql://127.0.0.1:3306/");
    static final String USER = env("PERFEVAL_IT_DB_USER", "root");
    static final String PASSWORD = env("PERFEVAL_IT_DB_PASSWORD", "");
    private static final String OPTIONS = "characterEncoding=UTF-8&connectionTimeZone=UTC&sslMode=DISABLED"
            + "&allowPublicKeyRetrieval=true&nullDatabaseMeansCurrent=true";

    private final String name;

    private SystemDatabase(String name) {
        this.name = name;
    }

    static SystemDatabase create() {
        String name = "perfeval_sys_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(SERVER + "?" + OPTIONS, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw Required.missing("MariaDB/MySQL is not reachable at " + SERVER + " as " + USER + " ("
                    + e.getMessage() + ")", e);
        }
        return new SystemDatabase(name);
    }

    String url() {
        return SERVER + name + "?" + OPTIONS;
    }

    /** A single number, such as a count; the arguments fill the statement's placeholders. */
    long number(String sql, Object... arguments) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Changes rows; the number changed. */
    int update(String sql, Object... arguments) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(SERVER + "?" + OPTIONS, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            System.err.println("[perfeval] could not drop the system test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
