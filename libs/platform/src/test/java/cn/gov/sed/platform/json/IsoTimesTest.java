package cn.gov.sed.platform.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.OffsetDateTimeSerializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The fast writer's output equals what Jackson's Java-time module wrote before it, value for value, on a mapper set
 * as Quarkus sets its own: dates not as timestamps, and no explicit time zone (Quarkus sets one only when {@code
 * quarkus.jackson.timezone} is not its default UTC).
 */
class IsoTimesTest {
    private final ObjectMapper before = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ObjectMapper now = withIsoTimes();

    @Test
    void instantsAreWrittenAsJacksonsJavaTimeModuleWroteThem() throws Exception {
        List<Instant> values = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2026-11-30T00:00:00Z"),
                Instant.parse("1999-12-31T23:59:59.999999999Z"), Instant.parse("2024-02-29T12:00:00.120Z"),
                Instant.parse("2024-02-29T12:00:00.000120Z"), Instant.parse("2024-02-29T12:00:00.000000120Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.5Z"),
                Instant.parse("1969-12-31T23:59:59.9Z"), Instant.ofEpochSecond(-1), Instant.MIN, Instant.MAX,
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59Z")));
        Random random = new Random(42);
        for (int k = 0; k < 20_000; k++) {
            long second = random.nextLong() % 253_402_300_799L;
            int nano = switch (k % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            values.add(Instant.ofEpochSecond(second, nano));
        }
        for (Instant value : values) {
            assertEquals(before.writeValueAsString(value), now.writeValueAsString(value), value::toString);
        }
    }

    @Test
    void datesAreWrittenAsJacksonsJavaTimeModuleWroteThem() throws Exception {
        Random random = new Random(7);
        List<LocalDate> values = new ArrayList<>(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1),
                LocalDate.of(-1, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(2026, 2, 28)));
        for (int k = 0; k < 5_000; k++) {
            values.add(LocalDate.ofEpochDay(random.nextInt(4_000_000) - 2_000_000));
        }
        for (LocalDate value : values) {
            assertEquals(before.writeValueAsString(value), now.writeValueAsString(value), value::toString);
        }
    }

    @Test
    void objectsAndListsHoldingThemToo() throws Exception {
        record Row(Instant at, LocalDate on, List<Instant> times, OffsetDateTime foundAt,
                List<OffsetDateTime> history) {
        }
        Row row = new Row(Instant.parse("2026-11-30T05:06:07.890Z"), LocalDate.of(2026, 12, 15),
                List.of(Instant.parse("2025-01-01T00:00:00Z")), OffsetDateTime.parse("2026-11-30T13:06:07.89+08:00"),
                List.of(OffsetDateTime.parse("2026-11-30T00:00Z"),
                        OffsetDateTime.parse("2026-12-01T08:00:00.000001+08:00")));
        assertEquals(before.writeValueAsString(row), now.writeValueAsString(row));
    }

    @Test
    void offsetDateTimesAreWrittenAsJacksonsJavaTimeModuleWroteThem() throws Exception {
        List<ZoneOffset> offsets = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(8), ZoneOffset.ofHours(-5),
                ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHoursMinutes(-9, -30),
                ZoneOffset.ofHoursMinutesSeconds(5, 30, 15), ZoneOffset.ofTotalSeconds(-1), ZoneOffset.MAX,
                ZoneOffset.MIN);
        List<OffsetDateTime> values = new ArrayList<>(List.of(OffsetDateTime.MIN, OffsetDateTime.MAX,
                OffsetDateTime.parse("2026-11-30T08:00+08:00"), OffsetDateTime.parse("0000-01-01T00:00:00+18:00"),
                OffsetDateTime.parse("9999-12-31T23:59:59.999999999-18:00"),
                OffsetDateTime.parse("-0001-12-31T23:59:59.1+08:00"), OffsetDateTime.parse("+10000-01-01T00:00Z")));
        Random random = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            // local date-times over years -100 to 10099, fractions of 0 to 9 significant digits, any offset
            LocalDateTime local = LocalDate.ofYearDay(random.nextInt(10_200) - 100, 1 + random.nextInt(365))
                    .atTime(LocalTime.ofSecondOfDay(random.nextInt(86_400)));
            int unit = (int) Math.pow(10, 9 - random.nextInt(10));
            int nano = unit == 1_000_000_000 ? 0 : random.nextInt(1_000_000_000) / unit * unit;
            ZoneOffset offset = switch (k % 3) {
                case 0 -> offsets.get(random.nextInt(offsets.size()));
                case 1 -> ZoneOffset.ofTotalSeconds((random.nextInt(2_161) - 1_080) * 60);
                default -> ZoneOffset.ofTotalSeconds(random.nextInt(129_601) - 64_800);
            };
            values.add(OffsetDateTime.of(local.withNano(nano), offset));
        }
        for (OffsetDateTime value : values) {
            assertEquals(before.writeValueAsString(value), now.writeValueAsString(value), value::toString);
        }
        Object inUse = now.getSerializerProviderInstance().findValueSerializer(OffsetDateTime.class);
        assertFalse(inUse instanceof OffsetDateTimeSerializer, "the fast writer, not Jackson's, is the one in use");
    }

    @Test
    void whereJacksonWritesThemOtherwiseTheyStillGetJacksonsForm() throws Exception {
        record Formatted(@JsonFormat(pattern = "yyyy/MM/dd HH:mm xxx") OffsetDateTime day,
                @JsonFormat(shape = JsonFormat.Shape.NUMBER) OffsetDateTime stamp,
                @JsonFormat(timezone = "Asia/Shanghai") OffsetDateTime zoned, OffsetDateTime plain,
                @JsonFormat(shape = JsonFormat.Shape.NUMBER) Instant at,
                @JsonFormat(pattern = "yyyy/MM/dd") LocalDate on, Instant instant, LocalDate date) {
        }
        OffsetDateTime at = OffsetDateTime.parse("2026-11-30T23:30:01.250-05:00");
        Formatted formatted = new Formatted(at, at, at, at, at.toInstant(), at.toLocalDate(), at.toInstant(),
                at.toLocalDate());
        assertEquals(before.writeValueAsString(formatted), now.writeValueAsString(formatted));
        // an explicit time zone, of the mapper or the call: Jackson shifts an OffsetDateTime into it
        for (String zone : List.of("UTC", "Asia/Shanghai")) {
            assertEquals(before.writer().with(TimeZone.getTimeZone(zone)).writeValueAsString(formatted),
                    now.writer().with(TimeZone.getTimeZone(zone)).writeValueAsString(formatted));
        }
        assertEquals("\"2026-12-01T12:30:01.25+08:00\"",
                now.writer().with(TimeZone.getTimeZone("Asia/Shanghai")).writeValueAsString(at));
        assertEquals("\"2026-11-30T23:30:01.25-05:00\"", now.writeValueAsString(at));
        assertEquals(
                before.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(formatted),
                now.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(formatted));
    }

    private static ObjectMapper withIsoTimes() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new IsoTimes().customize(mapper);
        return mapper;
    }
}
