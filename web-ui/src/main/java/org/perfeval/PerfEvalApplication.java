package org.perfeval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts PerfEval: the Vaadin screens, the REST API, and every module below them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PerfEvalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PerfEvalApplication.class, args);
    }
}
