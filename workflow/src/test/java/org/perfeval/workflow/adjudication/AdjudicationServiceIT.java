package org.perfeval.workflow.adjudication;

import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 认定 on MariaDB (utf8mb4, a database of its own): every rule of the service test, and a Chinese reason with
 * characters beyond the BMP, at the longest length, stored and read back exactly.
 */
@ExtendWith(MariaDb.class)
@DirtiesContext
class AdjudicationServiceIT extends AdjudicationServiceTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
