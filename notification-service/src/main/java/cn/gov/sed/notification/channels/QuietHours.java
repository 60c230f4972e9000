package cn.gov.sed.notification.channels;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Quiet hours for SMS (default 22:00–07:00 Asia/Shanghai): a message queued inside them is held until they end,
 * except a MAJOR one (重大隐患: people must act now). Plain Java.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** When a message queued at {@code now} may go out: {@code now}, or the end of the quiet hours it falls in. */
    public Instant notBefore(Instant now, boolean major) {
        if (major || start.equals(end)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean overMidnight = start.isAfter(end);
        if (overMidnight) {
            if (!time.isBefore(start)) {
                return day.plusDays(1).atTime(end).atZone(zone).toInstant();  // 22:00–24:00: tomorrow morning
            }
            if (time.isBefore(end)) {
                return day.atTime(end).atZone(zone).toInstant();              // 00:00–07:00: this morning
            }
            return now;
        }
        return !time.isBefore(start) && time.isBefore(end) ? day.atTime(end).atZone(zone).toInstant() : now;
    }
}
