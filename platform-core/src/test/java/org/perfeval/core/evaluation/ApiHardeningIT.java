package org.perfeval.core.evaluation;

import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API's answers to wrong requests on MariaDB, where the store itself differs: utf8mb4 text, amounts at the
 * column's precision, InnoDB's own refusals.
 */
@ExtendWith(MariaDb.class)
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
@DirtiesContext
class ApiHardeningIT extends ApiHardeningContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
