package cn.gov.sed.platform.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.OffsetDateTimeSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS;
import static com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE;

/**
 * Writes {@link Instant}, {@link LocalDate} and {@link OffsetDateTime} (the type of the API's own timestamps) in API
 * responses exactly as before (ISO-8601: {@code DateTimeFormatter.ISO_INSTANT}, {@code ISO_LOCAL_DATE}, {@code
 * ISO_OFFSET_DATE_TIME}), without going through a {@code DateTimeFormatter}: Jackson's formatter-based Java-time
 * serialisers were a third of the serialisation of a list page (docs/footprint.md). Wherever Jackson would write
 * something else, Jackson's own serialiser still writes the value: a {@code @JsonFormat} on the property or type (none
 * in the code today), dates as timestamps, or a mapper time zone set explicitly (Quarkus sets one only when {@code
 * quarkus.jackson.timezone} is not UTC), which Jackson shifts an {@code OffsetDateTime} into. The output is checked
 * against Jackson's own Java-time module on random values (IsoTimesTest).
 */
@Singleton
public class IsoTimes implements ObjectMapperCustomizer {
    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years; others are left to Jackson */
    private static final long MIN_SECOND = -62_167_219_200L;
    private static final long MAX_SECOND = 253_402_300_799L;

    /**
     * Last: after Quarkus's own customizer (at QUARKUS_CUSTOMIZER_PRIORITY), which registers the Java-time module;
     * Jackson takes a type's serialiser from the module registered last (PlatformTest checks the service's mapper).
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("sed-iso-times");
        module.addSerializer(Instant.class,
                new OrJacksons<>(Instant.class, InstantSerializer.INSTANCE, IsoTimes::write));
        module.addSerializer(LocalDate.class,
                new OrJacksons<>(LocalDate.class, LocalDateSerializer.INSTANCE, IsoTimes::write));
        module.addSerializer(OffsetDateTime.class,
                new OrJacksons<>(OffsetDateTime.class, OffsetDateTimeSerializer.INSTANCE, IsoTimes::write));
        mapper.registerModule(module);
    }

    /** Writes {@code value} into {@code out} (40 chars), returns its length, or -1 to leave it to Jackson. */
    private interface ByHand<T> {
        int write(T value, char[] out);
    }

    /** A type written by hand, and by Jackson's own serialiser (a {@link ContextualSerializer}) where it differs. */
    private static final class OrJacksons<T> extends StdSerializer<T> implements ContextualSerializer {
        private final JsonSerializer<T> jackson;
        private final ByHand<T> byHand;

        OrJacksons(Class<T> type, JsonSerializer<T> jackson, ByHand<T> byHand) {
            super(type);
            this.jackson = jackson;
            this.byHand = byHand;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonFormat.Value format = findFormatOverrides(provider, property, handledType());
            return format == null || format.equals(JsonFormat.Value.empty())
                    ? this : ((ContextualSerializer) jackson).createContextual(provider, property);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            char[] text = new char[40];
            boolean jacksons = provider.isEnabled(WRITE_DATES_AS_TIMESTAMPS) || provider.getConfig()
                    .hasExplicitTimeZone() && provider.isEnabled(WRITE_DATES_WITH_CONTEXT_TIME_ZONE);
            int length = jacksons ? -1 : byHand.write(value, text);
            if (length < 0) {
                jackson.serialize(value, gen, provider);
            } else {
                gen.writeString(text, 0, length);
            }
        }

        @Override
        public void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider,
                TypeSerializer typeSerializer) throws IOException {
            jackson.serializeWithType(value, gen, provider, typeSerializer);
        }
    }

    /** As ISO_INSTANT: yyyy-MM-ddTHH:mm:ss, the fraction in groups of three digits as needed, Z (30 chars). */
    static int write(Instant instant, char[] out) {
        long second = instant.getEpochSecond();
        if (second < MIN_SECOND || second > MAX_SECOND) {
            return -1;
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(second, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(second, SECONDS_PER_DAY);
        int i = write(day, out);
        i = time(secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, out, i);
        int nano = instant.getNano();
        if (nano > 0) {
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

    /** As ISO_OFFSET_DATE_TIME: yyyy-MM-ddTHH:mm:ss, the fraction without trailing zeros, the offset (38 chars). */
    static int write(OffsetDateTime value, char[] out) {
        int i = write(value.toLocalDate(), out);
        if (i < 0) {
            return -1;
        }
        i = time(value.getHour(), value.getMinute(), value.getSecond(), out, i);
        int nano = value.getNano();
        if (nano > 0) {
            int width = 9;
            for (; nano % 10 == 0; nano /= 10) {
                width--;
            }
            out[i++] = '.';
            i = digits(nano, width, out, i);
        }
        String offset = value.getOffset().getId(); // "Z", "+08:00" or "+05:30:15", as the formatter writes it
        offset.getChars(0, offset.length(), out, i);
        return i + offset.length();
    }

    /** As ISO_LOCAL_DATE: yyyy-MM-dd (10 chars); -1 outside years 0000–9999. */
    static int write(LocalDate day, char[] out) {
        if (day.getYear() < 0 || day.getYear() > 9999) {
            return -1;
        }
        int i = digits(day.getYear(), 4, out, 0);
        out[i++] = '-';
        i = digits(day.getMonthValue(), 2, out, i);
        out[i++] = '-';
        return digits(day.getDayOfMonth(), 2, out, i);
    }

    /** THH:mm:ss at {@code at}, the position after it. */
    private static int time(int hour, int minute, int second, char[] out, int at) {
        out[at++] = 'T';
        int i = digits(hour, 2, out, at);
        out[i++] = ':';
        i = digits(minute, 2, out, i);
        out[i++] = ':';
        return digits(second, 2, out, i);
    }

    private static int digits(int value, int width, char[] out, int at) {
        for (int p = at + width - 1; p >= at; p--) {
            out[p] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
