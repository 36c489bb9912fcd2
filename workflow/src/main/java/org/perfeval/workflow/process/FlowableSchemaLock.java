package org.perfeval.workflow.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flowable.common.engine.api.Engine;
import org.flowable.common.engine.api.engine.EngineLifecycleListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.stereotype.Component;

/**
 * Nodes starting at the same moment on an empty MySQL database would both create Flowable's tables, and the slower
 * one fails on the half-made schema (the property table there, its version row not yet). So each node builds its
 * engine, which creates or checks Flowable's schema, while holding a MySQL named lock for the database; the other
 * waits and then finds the schema complete. Flyway's own lock does the same for the platform's tables. The embedded
 * H2 database has one node and takes no lock.
 */
@Component
class FlowableSchemaLock implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration>,
        EngineLifecycleListener {

    private static final int WAIT_SECONDS = 300;

    private final DataSource dataSource;
    private Connection held;
    private String name;

    FlowableSchemaLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration engine) {
        engine.addEngineLifecycleListener(this);
        acquire();
    }

    @Override
    public void onEngineBuilt(Engine engine) {
        release();
    }

    @Override
    public void onEngineClosed(Engine engine) {
        release();
    }

    private synchronized void acquire() {
        try {
            Connection connection = dataSource.getConnection();
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                connection.close();
                return;
            }
            // named locks are server-wide: one per database, so that other databases on the server never wait
            String lock = "flowable_schema:" + connection.getCatalog();
            if (!query(connection, "SELECT GET_LOCK(?, " + WAIT_SECONDS + ")", lock)) {
                connection.close();
                throw new IllegalStateException("another node held the lock " + lock + " for over " + WAIT_SECONDS
                        + " s while creating Flowable's schema");
            }
            held = connection;
            name = lock;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the lock for Flowable's schema", e);
        }
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            query(connection, "SELECT RELEASE_LOCK(?)", name);
        } catch (SQLException e) {
            // closing the connection releases the lock all the same
        } finally {
            held = null;
        }
    }

    private static boolean query(Connection connection, String sql, String lock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, lock);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }
}
