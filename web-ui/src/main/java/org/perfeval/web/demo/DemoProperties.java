package org.perfeval.web.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * perfeval.demo.*: whether to create the demo departments, accounts and report (only the embedded default does),
 * and the demo accounts' password.
 */
@ConfigurationProperties("perfeval.demo")
record DemoProperties(boolean enabled, String password) {
}
