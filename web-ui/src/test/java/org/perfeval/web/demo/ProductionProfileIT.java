package org.perfeval.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application in the mysql profile on a real MariaDB: migrated, healthy, and without any demo data. */
@ExtendWith(MariaDb.class)
@SpringBootTest
@ActiveProfiles("mysql")
@DirtiesContext
class ProductionProfileIT {

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }

    @Test
    void theMysqlProfileMigratesButCreatesNoDemoAccountsOrReports() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from self_evaluation", Integer.class)).isZero();
    }
}
