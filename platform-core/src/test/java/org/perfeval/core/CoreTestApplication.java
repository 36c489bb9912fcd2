package org.perfeval.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots platform-core alone for its tests; the real application lives in web-ui. */
@SpringBootApplication
class CoreTestApplication {
}
