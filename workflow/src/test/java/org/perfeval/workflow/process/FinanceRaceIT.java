package org.perfeval.workflow.process;

import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The race of two finance decisions on InnoDB, whose row locks and deadlock detection decide the loser there: still
 * one decision taken, the other a conflict that says why.
 */
@ExtendWith(MariaDb.class)
@DirtiesContext
class FinanceRaceIT extends FinanceRaceTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
