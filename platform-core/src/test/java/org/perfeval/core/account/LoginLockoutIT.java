package org.perfeval.core.account;

import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The login lock on a real MariaDB database, whose collation ignores case and trailing spaces. */
@ExtendWith(MariaDb.class)
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
@DirtiesContext
@Import(LoginLockoutContract.Counting.class)
class LoginLockoutIT extends LoginLockoutContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
