package org.perfeval.workflow.process;

import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every path of the process again, on a real MariaDB database created for this class. */
@ExtendWith(MariaDb.class)
@SpringBootTest
@DirtiesContext
class SelfEvaluationProcessIT extends SelfEvaluationProcessTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
