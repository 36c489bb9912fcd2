package org.perfeval.core.persistence;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's clock, one bean so that tests and timers can move time deliberately. It ticks in whole seconds:
 * MariaDB 10 introduces itself to MySQL Connector/J as version 5.5.5, and the driver then drops fractions of a
 * second, so whole seconds are what every supported database keeps, and what is returned is what is stored.
 * Beside it the time zone in which people read times and deadlines fall, one bean for every module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeZoneProperties.class)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickSeconds(ZoneOffset.UTC);
    }

    @Bean
    ZoneId platformZone(TimeZoneProperties properties) {
        return properties.timeZone();
    }
}
