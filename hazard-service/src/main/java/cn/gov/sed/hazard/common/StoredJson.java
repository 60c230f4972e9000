package cn.gov.sed.hazard.common;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.inject.Singleton;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

import java.io.IOException;

/**
 * How Hibernate reads and writes the jsonb columns (a hazard's plan, reports, history …): with {@link Json}'s own
 * mapper, not the REST one, so a change to what the API writes never changes what is stored, and the rows written
 * as JSON text before V3 read back exactly as they were (offsets of date-times kept, unknown properties ignored).
 */
@JsonFormat
@PersistenceUnitExtension
@Singleton
public class StoredJson implements FormatMapper {
    private static final JacksonJsonFormatMapper MAPPER = new JacksonJsonFormatMapper(Json.mapper());

    /** The JSON text Hibernate would store for {@code value} (for plain JDBC inserts); null stays null. */
    public static String text(Object value) {
        return Json.write(value);
    }

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return MAPPER.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return MAPPER.toString(value, type, options);
    }

    @Override
    public boolean supportsSourceType(Class<?> sourceType) {
        return MAPPER.supportsSourceType(sourceType);
    }

    @Override
    public boolean supportsTargetType(Class<?> targetType) {
        return MAPPER.supportsTargetType(targetType);
    }

    @Override
    public <T> void writeToTarget(T value, JavaType<T> type, Object target, WrapperOptions options) throws IOException {
        MAPPER.writeToTarget(value, type, target, options);
    }

    @Override
    public <T> T readFromSource(JavaType<T> type, Object source, WrapperOptions options) throws IOException {
        return MAPPER.readFromSource(type, source, options);
    }
}
