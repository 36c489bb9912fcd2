package org.perfeval.workflow.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * perfeval.calendar.*: how long a node keeps the calendar it read. A change made on this node is seen at once;
 * several nodes share one database, so another node's change is seen at the latest after this long.
 */
@ConfigurationProperties("perfeval.calendar")
record CalendarProperties(@DefaultValue("30s") Duration cacheTtl) {
}
