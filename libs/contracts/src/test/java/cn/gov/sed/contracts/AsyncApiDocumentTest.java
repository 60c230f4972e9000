package cn.gov.sed.contracts;

import cn.gov.sed.contracts.events.AsyncApiDocument;
import cn.gov.sed.contracts.events.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/events/asyncapi.yaml} is generated from the event records. Regenerate it after changing an event:
 * {@code mvn -pl libs/contracts test -Dasyncapi.write=true}.
 */
class AsyncApiDocumentTest {
    private static final Path COMMITTED = Paths.get("../../docs/events/asyncapi.yaml");

    @Test
    void committedDocumentMatchesTheEventRecords() throws Exception {
        String generated = AsyncApiDocument.yaml();
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated);
        }
        assertTrue(Files.exists(COMMITTED), "docs/events/asyncapi.yaml is missing; run with -Dasyncapi.write=true");
        assertEquals(generated, Files.readString(COMMITTED),
                "docs/events/asyncapi.yaml is stale; regenerate with -Dasyncapi.write=true and commit it");
    }

    @Test
    void everyEventRecordAppearsWithEveryField() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(COMMITTED.toFile());
        for (EventType type : EventType.values()) {
            JsonNode message = doc.path("components").path("messages").path(type.eventName());
            assertEquals(type.ceType(), message.path("headers").path("properties").path("ce_type").path("const").asText());
            JsonNode channel = doc.path("channels").path(type.topic());
            assertTrue(channel.toString().contains("#/components/messages/" + type.eventName()), type.eventName());
            JsonNode properties = doc.path("components").path("schemas").path(type.eventName()).path("properties");
            for (RecordComponent field : type.payloadClass().getRecordComponents()) {
                assertTrue(properties.has(field.getName()), type.eventName() + "." + field.getName());
            }
            assertTrue(properties.has("district"), "every payload carries district: " + type.eventName());
            // the trace context travels as optional headers: described, never required (an event without it is valid)
            JsonNode headers = message.path("headers");
            assertTrue(headers.path("properties").has("traceparent"), "traceparent header: " + type.eventName());
            assertFalse(headers.path("required").toString().contains("traceparent"), type.eventName());
        }
    }
}
