package org.perfeval.workflow.notification;

import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The notification migration on a real MariaDB database created for this class. */
@ExtendWith(MariaDb.class)
@SpringBootTest
class LegacyNotificationsIT extends LegacyNotificationsContract {

    @Override
    DriverManagerDataSource emptyDatabase() {
        return new DriverManagerDataSource(MariaDb.url(), MariaDb.user(), MariaDb.password());
    }
}
