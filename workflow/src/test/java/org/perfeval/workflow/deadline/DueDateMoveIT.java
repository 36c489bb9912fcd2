package org.perfeval.workflow.deadline;

import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The calendar on MariaDB, in a database of its own: the migration's seed (DATE keys, Chinese names in utf8mb4), due
 * dates counted by it, and a change moving the open tasks' due dates and Flowable timers in one InnoDB transaction.
 */
@ExtendWith(MariaDb.class)
@DirtiesContext
class DueDateMoveIT extends DueDateMoveTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
