package org.perfeval;

import org.perfeval.workflow.testing.MovableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Boots the workflow with platform-core for its tests; public, as a restart test starts it twice itself. The real
 * application lives in web-ui. Its clock is one tests can move.
 */
@SpringBootApplication
public class WorkflowTestApplication {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
