package cn.gov.sed.platform;

import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.platform.tracing.EventTraces;
import cn.gov.sed.testing.KafkaRecords;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.Serdes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trace travels through the outbox (W3C Trace Context), with the services' default sampling (none: ids only,
 * nothing recorded or exported): a request's trace id is sent with the event it writes, and a consumer handles an
 * event in that trace, so the events its handler writes carry it on. A header that is garbage or huge is ignored
 * (the event is handled in a new trace) and logged once.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class EventTracingTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KafkaCompanion kafka;
    final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrap);
        kafka.registerSerde(String.class, Serdes.String());
        kafka.registerSerde(byte[].class, Serdes.ByteArray());
        Logger.getLogger(EventTraces.class.getName()).addHandler(capture);
    }

    @AfterEach
    void close() {
        Logger.getLogger(EventTraces.class.getName()).removeHandler(capture);
        kafka.close();
    }

    @Test
    void aRequestsTraceIdIsSentWithTheEventItWrites() {
        String id = given().auth().oauth2(Tokens.city()).header("traceparent", TRACEPARENT)
                .contentType(ContentType.JSON).body("{\"text\":\"traced\"}")
                .post("/test/notes").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, byte[]> record = awaitEvent(id, "traced");
        String traceparent = KafkaRecords.header(record, "traceparent");
        assertNotNull(traceparent, "the event carries the request's trace");
        assertEquals(TRACE_ID, traceId(traceparent));
        assertNotEquals(CALLER_SPAN, parentSpan(traceparent), "its parent is our server span, a child of the caller's");
    }

    @Test
    void aHandledEventContinuesItsTraceInTheEventsTheHandlerWrites() {
        UUID hazard = UUID.randomUUID();
        sendEcho(hazard, Map.of("traceparent", TRACEPARENT, "tracestate", "sed=inspection"));

        String onwards = KafkaRecords.header(awaitEvent(hazard.toString(), "echoed"), "traceparent");
        assertNotNull(onwards);
        assertEquals(TRACE_ID, traceId(onwards));
        assertNotEquals(CALLER_SPAN, parentSpan(onwards), "its parent is the handling span, a child of the header");
    }

    @Test
    void anEventWithoutTraceparentIsHandledInANewTrace() {
        UUID hazard = UUID.randomUUID();
        sendEcho(hazard, Map.of());

        String onwards = KafkaRecords.header(awaitEvent(hazard.toString(), "echoed"), "traceparent");
        assertNotNull(onwards, "the handling span started a trace of its own");
        assertTrue(onwards.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), onwards);
        assertNotEquals("0".repeat(32), traceId(onwards));
        assertNotEquals(TRACE_ID, traceId(onwards));
    }

    @Test
    void aGarbageOrTwentyKilobyteTraceparentIsIgnoredTheEventHandledAndLoggedOnce() {
        for (String garbage : List.of("00-not-a-trace\n\u0000 FORGED LOG LINE", "00-" + "a".repeat(20 * 1024))) {
            UUID hazard = UUID.randomUUID();
            String ceId = sendEcho(hazard, Map.of("traceparent", garbage));

            String onwards = KafkaRecords.header(awaitEvent(hazard.toString(), "echoed"), "traceparent");
            assertNotNull(onwards, "handled, in a new trace");
            assertTrue(onwards.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), onwards);
            List<String> lines = warnings.stream().map(r -> String.valueOf(r.getMessage()) + " "
                    + List.of(r.getParameters() == null ? new Object[0] : r.getParameters())).filter(m -> m.contains(ceId)).toList();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).length() < 500, "the header is not copied into the log: " + lines.get(0).length());
            assertTrue(!lines.get(0).contains("\n") && !lines.get(0).contains("FORGED LOG LINE"), lines.get(0));
        }
    }

    @Test
    void aTwentyKilobyteTracestateIsDroppedAndTheTraceContinues() {
        UUID hazard = UUID.randomUUID();
        sendEcho(hazard, Map.of("traceparent", TRACEPARENT, "tracestate", "sed=" + "x".repeat(20 * 1024)));

        ConsumerRecord<String, byte[]> echoed = awaitEvent(hazard.toString(), "echoed");
        assertEquals(TRACE_ID, traceId(KafkaRecords.header(echoed, "traceparent")));
        assertNull(KafkaRecords.header(echoed, "tracestate"), "the oversized tracestate is not passed on");
    }

    /** A HazardRemoved whose handler answers with an "echoed" HazardRemoved of the same hazard; returns its ce_id. */
    private String sendEcho(UUID hazard, Map<String, String> traceHeaders) {
        String ceId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("hazard-events", hazard.toString(),
                EventJson.write(new HazardRemoved("120101", hazard, "echo", null)));
        record.headers().add(new RecordHeader("ce_id", ceId.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_type", EventType.HAZARD_REMOVED.ceType().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_source", "/test".getBytes(StandardCharsets.UTF_8)));
        traceHeaders.forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        kafka.produce(String.class, byte[].class).fromRecords(record).awaitCompletion();
        return ceId;
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String key, String reason) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !events(key, reason).isEmpty());
        return events(key, reason).get(0);
    }

    private List<ConsumerRecord<String, byte[]>> events(String key, String reason) {
        return KafkaRecords.withKey(bootstrap, "hazard-events", key).stream()
                .filter(r -> reason.equals(EventJson.read(r.value(), HazardRemoved.class).reason())).toList();
    }

    private static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    private static String parentSpan(String traceparent) {
        return traceparent.split("-")[2];
    }
}
