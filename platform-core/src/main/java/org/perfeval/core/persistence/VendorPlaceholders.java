package org.perfeval.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets one set of migrations run on H2 and on MySQL/MariaDB: on MySQL a point in time is DATETIME(6) (TIMESTAMP
 * ends in 2038) and every table is InnoDB in utf8mb4 and a UUID is its text, so Chinese text round-trips whatever the server's defaults.
 */
@Component
class VendorPlaceholders implements FlywayConfigurationCustomizer {

    static final String MYSQL_TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

    @Override
    public void customize(FluentConfiguration configuration) {
        WideTextOnH2 wideText = new WideTextOnH2();
        // an install that already recorded version 50 must still take the versions below it added since
        configuration.placeholders(placeholdersFor(productName(configuration.getDataSource())))
                .javaMigrations(wideText).callbacks(wideText).outOfOrder(true);
    }

    static Map<String, String> placeholdersFor(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("mysql") || product.contains("mariadb")) {
            return Map.of("datetime", "DATETIME(6)", "table_options", MYSQL_TABLE_OPTIONS, "uuid", "VARCHAR(36)");
        }
        return Map.of("datetime", "TIMESTAMP(6)", "table_options", "", "uuid", "UUID");
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the migrations run on", e);
        }
    }
}
