package org.perfeval.core.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Text limits count characters as people see them (code points), and MySQL's utf8mb4 columns count the same way;
 * H2 counts UTF-16 units, in which an emoji takes two. So on H2 every text column of the platform is made twice as
 * long as its limit, and a form that passes the check always fits: 50 × 😀 in a unit is stored, not refused.
 * <p>
 * Version 50 is where installs first recorded it; the same pass runs again after every migration, because tables
 * of later versions arrive after it. A widened column is marked in its remarks, so no column is widened twice.
 */
final class WideTextOnH2 implements JavaMigration, Callback {

    static final String MARK = "perfeval:wide";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("50");
    }

    @Override
    public String getDescription() {
        return "text columns on H2 sized for two UTF-16 units per character";
    }

    @Override
    public Integer getChecksum() {
        return 50;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        widen(context.getConnection());
    }

    @Override
    public boolean supports(Event event, org.flywaydb.core.api.callback.Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, org.flywaydb.core.api.callback.Context context) {
        return true;
    }

    @Override
    public void handle(Event event, org.flywaydb.core.api.callback.Context context) {
        try {
            widen(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot widen the text columns on H2", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "wideTextOnH2";
    }

    static void widen(Connection connection) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
            return;
        }
        List<String> alterations = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet columns = query.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH"
                     + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                     + " AND DATA_TYPE = 'CHARACTER VARYING' AND CHARACTER_MAXIMUM_LENGTH < 100000"
                     + " AND (REMARKS IS NULL OR REMARKS <> '" + MARK + "')")) {
            while (columns.next()) {
                String table = columns.getString(1);
                if (!table.toLowerCase(Locale.ROOT).startsWith("flyway") && !table.startsWith("ACT_")
                        && !table.startsWith("FLW_")) {
                    String column = "\"" + table + "\".\"" + columns.getString(2) + "\"";
                    alterations.add("ALTER TABLE \"" + table + "\" ALTER COLUMN \"" + columns.getString(2)
                            + "\" SET DATA TYPE VARCHAR(" + 2 * columns.getLong(3) + ")");
                    alterations.add("COMMENT ON COLUMN " + column + " IS '" + MARK + "'");
                }
            }
        }
        try (Statement alter = connection.createStatement()) {
            for (String alteration : alterations) {
                alter.execute(alteration);
            }
        }
    }
}
