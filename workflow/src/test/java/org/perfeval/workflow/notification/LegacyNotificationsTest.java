package org.perfeval.workflow.notification;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The notification migration on H2. */
@SpringBootTest
class LegacyNotificationsTest extends LegacyNotificationsContract {

    @Override
    DriverManagerDataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:legacy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
