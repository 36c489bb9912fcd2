package org.perfeval.workflow.process;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.stereotype.Component;

/**
 * Flowable reads the time from the platform's {@link Clock}, so due dates, timers and every other record agree, and
 * a test moves one clock for all. Moving time is the platform clock's business, never Flowable's.
 */
@Component
class FlowableClock implements org.flowable.common.engine.impl.runtime.Clock,
        EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final Clock clock;

    FlowableClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration engine) {
        engine.setClock(this);
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar calendar = Calendar.getInstance(timeZone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(clock.getZone());
    }

    @Override
    public void setCurrentTime(Date time) {
        throw new IllegalStateException("Flowable follows the platform's Clock bean: move that clock instead");
    }

    @Override
    public void setCurrentCalendar(Calendar time) {
        setCurrentTime(time.getTime());
    }

    @Override
    public void reset() {
        setCurrentTime(null);
    }
}
