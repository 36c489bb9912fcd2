package org.perfeval.web.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.server.VaadinService;

/**
 * How the screens write a moment: in the platform's time zone (the {@link ZoneId} bean), whatever the server's, to
 * the minute (or the second, for trails) or to the day.
 */
public final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Times() {
    }

    /** A moment to the minute, as task lists and timelines show it. */
    public static String minute(Instant moment) {
        return format(MINUTE, moment);
    }

    /** A moment to the second, as audit trails show it. */
    public static String second(Instant moment) {
        return format(SECOND, moment);
    }

    /** The day of a moment, as the public portal shows disclosure dates. */
    public static String day(Instant moment) {
        return format(DAY, moment);
    }

    private static String format(DateTimeFormatter format, Instant moment) {
        return moment == null ? "" : format.withZone(zone()).format(moment);
    }

    private static ZoneId zone() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ZoneId.class);
    }
}
