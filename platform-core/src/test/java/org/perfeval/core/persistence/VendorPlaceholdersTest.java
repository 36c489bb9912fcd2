package org.perfeval.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendorPlaceholdersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"MySQL, DATETIME(6)", "MariaDB, DATETIME(6)", "H2, TIMESTAMP(6)"})
    void mysqlAndMariaDbGetDatetimeAndUtf8mb4Tables(String product, String datetime) {
        var placeholders = VendorPlaceholders.placeholdersFor(product);

        assertThat(placeholders).containsEntry("datetime", datetime);
        assertThat(placeholders.get("table_options")).isEqualTo(datetime.startsWith("DATETIME")
                ? "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci" : "");
    }
}
