package org.perfeval.core.evaluation;

import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store on a real MariaDB database created for this class. */
@ExtendWith(MariaDb.class)
@SpringBootTest
@DirtiesContext
class EvaluationStoreIT extends EvaluationStoreContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
