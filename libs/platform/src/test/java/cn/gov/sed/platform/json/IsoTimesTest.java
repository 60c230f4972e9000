package cn.gov.sed.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast writer's output equals what Jackson's Java-time module wrote before it, value for value. */
class IsoTimesTest {
    private final ObjectMapper before = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).setTimeZone(TimeZone.getTimeZone("UTC"));
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
        record Row(Instant at, LocalDate on, List<Instant> times) {
        }
        Row row = new Row(Instant.parse("2026-11-30T05:06:07.890Z"), LocalDate.of(2026, 12, 15),
                List.of(Instant.parse("2025-01-01T00:00:00Z")));
        assertEquals(before.writeValueAsString(row), now.writeValueAsString(row));
    }

    private static ObjectMapper withIsoTimes() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).setTimeZone(TimeZone.getTimeZone("UTC"));
        new IsoTimes().customize(mapper);
        return mapper;
    }
}
