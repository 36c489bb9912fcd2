package org.perfeval.core.evaluation;

import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Emoji at the limits on MariaDB (utf8mb4, which counts characters). */
@ExtendWith(MariaDb.class)
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
@DirtiesContext
class EmojiLimitsIT extends EmojiLimitsContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
