package org.perfeval.core.evaluation;

import org.perfeval.scoring.engine.Scorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scoring engine, with the built-in schemes. */
@Configuration(proxyBeanMethods = false)
class ScorerConfiguration {

    @Bean
    Scorer scorer() {
        return Scorer.withBuiltInSchemes();
    }
}
