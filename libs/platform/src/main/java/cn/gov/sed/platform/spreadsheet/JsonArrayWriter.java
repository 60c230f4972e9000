package cn.gov.sed.platform.spreadsheet;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a JSON array item by item with Jackson's {@link JsonGenerator}, so an unpaged export never holds its items.
 * Items are serialised by the application's {@link ObjectMapper} (same dates, names and nulls as any response); JSON
 * is not altered otherwise. {@link #close()} ends the array and flushes, leaving the stream open.
 */
public final class JsonArrayWriter implements AutoCloseable {
    private final JsonGenerator generator;
    private final ObjectWriter writer;

    public JsonArrayWriter(ObjectMapper mapper, OutputStream out) throws IOException {
        this.generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
        this.generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        generator.writeStartArray();
    }

    public void item(Object value) throws IOException {
        writer.writeValue(generator, value);
    }

    @Override
    public void close() throws IOException {
        generator.writeEndArray();
        generator.close(); // flushes; the target stays open
    }
}
