package org.perfeval.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.perfeval.scoring.text.Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Notifications stored as text before they kept a message key survive the migration that introduced keys: their
 * text becomes the one argument of a key that shows it as it was, quotes, line breaks and Chinese intact.
 */
abstract class LegacyNotificationsContract {

    private static final String LEGACY = "《郑州市金水区人民政府办公室 2021 绩效自评表》内部审核退回。原因：\"补充\"说明\n第二行";

    @Autowired
    List<FlywayConfigurationCustomizer> customizers;

    /** An empty database of the kind under test, besides the one the application context uses. */
    abstract DriverManagerDataSource emptyDatabase();

    @Test
    void aNotificationStoredAsTextKeepsItsTextAfterTheMigration() {
        DriverManagerDataSource database = emptyDatabase();
        migrate(database, "6");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("insert into department (code, name, finance_bureau, version) values ('JSZF', '金水区政府办公室', false, 0)");
        jdbc.update("insert into self_evaluation (department_id, fiscal_year, kind, project_name, amount_unit, status, "
                + "version, created_at, created_by, updated_at, updated_by) select id, 2021, 'DEPARTMENT_OVERALL', '', "
                + "'万元', 'DRAFTING', 0, current_timestamp, 'system', current_timestamp, 'system' from department");
        jdbc.update("insert into notification (recipient, evaluation_id, kind, message, created_at) "
                + "select 'drafter', id, 'RETURNED', ?, current_timestamp from self_evaluation", LEGACY);

        migrate(database, null);

        Map<String, Object> row = jdbc.queryForMap("select message_key, message_args, mail_status from notification");
        assertThat(MessageArguments.text((String) row.get("message_key"), (String) row.get("message_args")))
                .isEqualTo(Text.of("notification.legacy", LEGACY));
        assertThat(row.get("mail_status")).isEqualTo("NONE");
    }

    private void migrate(DriverManagerDataSource database, String target) {
        FluentConfiguration configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration");
        customizers.forEach(customizer -> customizer.customize(configuration));
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
