package org.perfeval.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The schema as migrated on real MariaDB: the same sizes, utf8mb4 InnoDB tables, and DATETIME(6) times. */
@ExtendWith(MariaDb.class)
@SpringBootTest
@DirtiesContext
class SchemaIT extends SchemaContract {

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }

    @Test
    void everyTableIsInnoDbInUtf8mb4() {
        List<Map<String, Object>> tables = jdbc.queryForList("select table_name, engine, table_collation "
                + "from information_schema.tables where table_schema = database()");

        assertThat(tables).hasSizeGreaterThanOrEqualTo(11).allSatisfy(table -> {
            assertThat(table.get("ENGINE")).isEqualTo("InnoDB");
            assertThat((String) table.get("TABLE_COLLATION")).as(table.get("TABLE_NAME").toString())
                    .startsWith("utf8mb4");
        });
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = "
                + "database() and character_set_name is not null and character_set_name <> 'utf8mb4'", Integer.class))
                .isZero();
    }

    @Test
    void pointsInTimeAreDatetimeWithMicroseconds() {
        assertThat(jdbc.queryForList("select column_type from information_schema.columns where table_schema = "
                + "database() and column_name in ('created_at', 'updated_at', 'uploaded_at')", String.class))
                .isNotEmpty().containsOnly("datetime(6)");
    }

    @Override
    int unitsPerCharacter() {
        return 1;
    }
}
