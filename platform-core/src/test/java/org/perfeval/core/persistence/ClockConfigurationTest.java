package org.perfeval.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** One time zone for the platform: China's unless perfeval.time-zone says otherwise. */
class ClockConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClockConfiguration.class);

    @Test
    void theZoneIsChinasByDefault() {
        context.run(beans -> assertThat(beans.getBean(ZoneId.class)).isEqualTo(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void theZoneIsConfigurable() {
        context.withPropertyValues("perfeval.time-zone=Asia/Urumqi")
                .run(beans -> assertThat(beans.getBean(ZoneId.class)).isEqualTo(ZoneId.of("Asia/Urumqi")));
    }
}
