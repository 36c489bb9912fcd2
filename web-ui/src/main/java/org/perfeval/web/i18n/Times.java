package org.perfeval.web.i18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the screens write a moment: in China's time zone, whatever the server's, to the minute (or the second, for
 * trails) or to the day. The one place the screens name the zone.
 */
public final class Times {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A moment to the minute, as task lists and timelines show it. */
    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    /** A moment to the second, as audit trails show it. */
    public static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);
    /** The day of a moment, as the public portal shows disclosure dates. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CHINA);

    private Times() {
    }
}
