package org.perfeval;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the workflow with platform-core for its tests; the real application lives in web-ui. */
@SpringBootApplication
class WorkflowTestApplication {
}
