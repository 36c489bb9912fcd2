package org.perfeval.core.persistence;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code perfeval.time-zone}: where the platform's people are; China's zone unless configured otherwise. */
@ConfigurationProperties("perfeval")
record TimeZoneProperties(ZoneId timeZone) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    TimeZoneProperties {
        timeZone = timeZone == null ? CHINA : timeZone;
    }
}
