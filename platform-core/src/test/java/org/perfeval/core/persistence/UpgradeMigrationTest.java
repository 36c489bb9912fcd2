package org.perfeval.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * An install of an earlier release, which recorded the H2 widening as version 50 before versions below it existed,
 * takes the newer versions at its next start, and their text columns are widened like the old ones, once.
 */
class UpgradeMigrationTest {

    @Test
    void anInstallThatRecordedVersion50TakesLaterVersionsBelowItAndWidensTheirTextOnce() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).placeholders(VendorPlaceholders.placeholdersFor("H2"))
                .target("9").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            WideTextOnH2.widen(connection);
            // what the earlier release's version 50 left: widened columns without a mark, and its row in the history
            sql.execute("COMMENT ON COLUMN SELF_EVALUATION.PROJECT_NAME IS NULL");
            sql.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " SELECT MAX(\"installed_rank\") + 1, '50', '" + new WideTextOnH2().getDescription() + "', 'JDBC',"
                    + " 'org.perfeval.core.persistence.WideTextOnH2', 50, 'sa', 1, TRUE FROM \"flyway_schema_history\"");
        }
        assertThat(width(database, "SELF_EVALUATION", "PROJECT_NAME")).isEqualTo(400);

        FluentConfiguration upgrade = Flyway.configure().dataSource(database);
        new VendorPlaceholders().customize(upgrade);
        upgrade.load().migrate();

        assertThat(width(database, "ROW_ADJUDICATION", "REASON")).as("version 10's text, widened").isEqualTo(4000);
        assertThat(width(database, "ROW_ADJUDICATION", "LEVEL3")).isEqualTo(400);
        assertThat(width(database, "SELF_EVALUATION", "PROJECT_NAME")).as("an unmarked old column is widened once"
                + " more, then marked: longer than needed, never too short").isEqualTo(800);
        upgrade.load().migrate();
        assertThat(width(database, "ROW_ADJUDICATION", "REASON")).as("not widened again at the next start")
                .isEqualTo(4000);
        assertThat(width(database, "SELF_EVALUATION", "PROJECT_NAME")).isEqualTo(800);
    }

    private static long width(JdbcDataSource database, String table, String column) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS"
                     + " WHERE TABLE_NAME = '" + table + "' AND COLUMN_NAME = '" + column + "'")) {
            assertThat(result.next()).as(table + "." + column).isTrue();
            return result.getLong(1);
        }
    }
}
