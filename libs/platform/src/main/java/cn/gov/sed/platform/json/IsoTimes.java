package cn.gov.sed.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes {@link Instant} and {@link LocalDate} in API responses exactly as before (ISO-8601: {@code
 * DateTimeFormatter.ISO_INSTANT}, {@code ISO_LOCAL_DATE}), without going through a {@code DateTimeFormatter}: Jackson's
 * formatter-based Java-time serialisers were a third of the serialisation of a list page (docs/footprint.md). The
 * output is checked against Jackson's own Java-time module on random values (IsoTimesTest). Not yet covered: {@code
 * OffsetDateTime}, the type of the API's own timestamps, which still goes through Jackson's formatter.
 */
@Singleton
public class IsoTimes implements ObjectMapperCustomizer {
    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years; others are left to Instant.toString() */
    private static final long MIN_SECOND = -62_167_219_200L;
    private static final long MAX_SECOND = 253_402_300_799L;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("sed-iso-times");
        module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                char[] text = new char[30];
                int length = write(value, text);
                if (length < 0) {
                    gen.writeString(value.toString());
                } else {
                    gen.writeString(text, 0, length);
                }
            }
        });
        module.addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString()); // LocalDate.toString() is ISO_LOCAL_DATE, built by hand in the JDK
            }
        });
        mapper.registerModule(module);
    }

    /** The ISO-8601 text of {@code instant} into {@code out} (30 chars), its length; -1 outside years 0000–9999. */
    static int write(Instant instant, char[] out) {
        long second = instant.getEpochSecond();
        if (second < MIN_SECOND || second > MAX_SECOND) {
            return -1;
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(second, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(second, SECONDS_PER_DAY);
        int i = digits(day.getYear(), 4, out, 0);
        out[i++] = '-';
        i = digits(day.getMonthValue(), 2, out, i);
        out[i++] = '-';
        i = digits(day.getDayOfMonth(), 2, out, i);
        out[i++] = 'T';
        i = digits(secondOfDay / 3600, 2, out, i);
        out[i++] = ':';
        i = digits(secondOfDay / 60 % 60, 2, out, i);
        out[i++] = ':';
        i = digits(secondOfDay % 60, 2, out, i);
        int nano = instant.getNano();
        if (nano > 0) {
            // as ISO_INSTANT: the fraction in groups of three digits, as many as needed
            out[i++] = '.';
            if (nano % 1_000_000 == 0) {
                i = digits(nano / 1_000_000, 3, out, i);
            } else if (nano % 1_000 == 0) {
                i = digits(nano / 1_000, 6, out, i);
            } else {
                i = digits(nano, 9, out, i);
            }
        }
        out[i++] = 'Z';
        return i;
    }

    private static int digits(int value, int width, char[] out, int at) {
        for (int p = at + width - 1; p >= at; p--) {
            out[p] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
