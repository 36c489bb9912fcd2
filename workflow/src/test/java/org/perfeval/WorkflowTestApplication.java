package org.perfeval;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the workflow with platform-core for its tests; public, as a restart test starts it twice itself. The real
 * application lives in web-ui.
 */
@SpringBootApplication
public class WorkflowTestApplication {
}
