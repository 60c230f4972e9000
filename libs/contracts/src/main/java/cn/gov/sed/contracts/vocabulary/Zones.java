package cn.gov.sed.contracts.vocabulary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The campaign's zone: instants are written in +08:00 and "on the day" rules use Asia/Shanghai. */
public final class Zones {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }

    public static OffsetDateTime shanghai(Instant instant) {
        return instant == null ? null : instant.atZone(SHANGHAI).toOffsetDateTime();
    }

    public static OffsetDateTime now(Clock clock) {
        return shanghai(clock.instant());
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), SHANGHAI);
    }
}
