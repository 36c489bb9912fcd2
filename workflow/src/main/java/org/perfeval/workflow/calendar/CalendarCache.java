package org.perfeval.workflow.calendar;

import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * The calendar as last read from the database, for every deadline this node computes. Short-lived rather than
 * notified: the nodes of a province share only the database, so each re-reads it after {@code cacheTtl}; on the node
 * that made a change it is dropped once that change's transaction ends (committed or not), never while it is open,
 * so no node keeps a change that was rolled back.
 */
@Component
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarCache {

    private static final String KEY = "calendar";

    private final LoadingCache<String, WorkingCalendar> cache;

    CalendarCache(CalendarDays days, CalendarProperties properties) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(1)
                .build(key -> read(days));
    }

    /** The calendar as the database has it now, in the caller's transaction. */
    static WorkingCalendar read(CalendarDays days) {
        return new WorkingCalendar(days.findAll().stream()
                .collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind)));
    }

    WorkingCalendar current() {
        return cache.get(KEY);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(CalendarChanged changed) {
        cache.invalidateAll();
    }
}
