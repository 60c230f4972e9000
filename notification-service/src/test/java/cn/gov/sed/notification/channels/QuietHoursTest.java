package cn.gov.sed.notification.channels;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuietHoursTest {
    private final QuietHours quiet = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Asia/Shanghai"));

    static Instant at(String shanghai) {
        return OffsetDateTime.parse(shanghai + "+08:00").toInstant();
    }

    @Test
    void inTheDaytimeAMessageGoesOutAtOnce() {
        assertEquals(at("2026-11-30T15:30:00"), quiet.notBefore(at("2026-11-30T15:30:00"), false));
        assertEquals(at("2026-11-30T07:00:00"), quiet.notBefore(at("2026-11-30T07:00:00"), false));
        assertEquals(at("2026-11-30T21:59:59"), quiet.notBefore(at("2026-11-30T21:59:59"), false));
    }

    @Test
    void lateInTheEveningItWaitsForTheNextMorning() {
        assertEquals(at("2026-12-01T07:00:00"), quiet.notBefore(at("2026-11-30T22:00:00"), false));
        assertEquals(at("2026-12-01T07:00:00"), quiet.notBefore(at("2026-11-30T23:59:00"), false));
    }

    @Test
    void afterMidnightItWaitsForThisMorning() {
        assertEquals(at("2026-12-01T07:00:00"), quiet.notBefore(at("2026-12-01T00:00:00"), false));
        assertEquals(at("2026-12-01T07:00:00"), quiet.notBefore(at("2026-12-01T06:59:59"), false));
    }

    @Test
    void aMajorHazardIsNeverHeld() {
        assertEquals(at("2026-11-30T23:30:00"), quiet.notBefore(at("2026-11-30T23:30:00"), true));
    }

    @Test
    void quietHoursWithinOneDayAndNoneAtAll() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), ZoneId.of("Asia/Shanghai"));
        assertEquals(at("2026-11-30T13:00:00"), lunch.notBefore(at("2026-11-30T12:10:00"), false));
        assertEquals(at("2026-11-30T14:00:00"), lunch.notBefore(at("2026-11-30T14:00:00"), false));
        QuietHours none = new QuietHours(LocalTime.of(0, 0), LocalTime.of(0, 0), ZoneId.of("Asia/Shanghai"));
        assertEquals(at("2026-11-30T23:00:00"), none.notBefore(at("2026-11-30T23:00:00"), false));
    }
}
