package cn.gov.sed.platform;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Scrape;
import cn.gov.sed.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.Serdes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator's Prometheus reads at {@code /q/metrics}: the outbox's backlog, the age of its oldest waiting
 * event and the parked events; the messages dead-lettered by the consumers; the request latency per endpoint
 * template (never a raw id) with its buckets; Kafka's own consumer metrics; all with the {@code service} label.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class MetricsTest {
    private static final String SERVICE = "service=platform-test";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    EntityManager em;

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The first sample of {@code name} in {@code scrape} carrying every {@code label=value} given; NaN if none. */
    static double value(String scrape, String name, String... labels) {
        return Scrape.of(scrape).value(name, labels);
    }

    private void insertOutboxRow(String aggregateId, int minutesAgo, boolean parked) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO outbox_event (event_id, topic,"
                        + " aggregate_id, ce_type, ce_source, ce_time, payload, created_at, parked_at, park_error)"
                        + " VALUES (?1, 'hazard-events', ?2, ?3, '/test', now(), CAST('{}' AS bytea),"
                        + " now() - ?4 * interval '1 minute', " + (parked ? "now(), 'RecordTooLargeException'" : "NULL, NULL")
                        + ")")
                .setParameter(1, UUID.randomUUID()).setParameter(2, aggregateId)
                .setParameter(3, EventType.HAZARD_REGISTERED.ceType()).setParameter(4, minutesAgo)
                .executeUpdate());
    }

    @Test
    void theOutboxGaugesShowTheBacklogItsAgeAndTheParkedEventsAndFollowTheOperator() {
        // a parked event holds back the later events of its aggregate: they wait, and grow old
        String aggregate = UUID.randomUUID().toString();
        insertOutboxRow(aggregate, 20, true);
        insertOutboxRow(aggregate, 15, false);
        insertOutboxRow(aggregate, 15, false);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String scrape = scrape();
            assertTrue(value(scrape, "sed_outbox_backlog", SERVICE) >= 2, "backlog");
            assertTrue(value(scrape, "sed_outbox_oldest_age_seconds", SERVICE) >= 15 * 60, "oldest age");
            assertTrue(value(scrape, "sed_outbox_parked", SERVICE) >= 1, "parked");
        });

        // the operator gives the parked event up: the two behind it are sent, nothing that old waits any more
        String parked = given().auth().oauth2(Tokens.city()).get("/api/v1/outbox/parked-events").then()
                .statusCode(200).extract().path("find { it.aggregateId == '" + aggregate + "' }.eventId");
        given().auth().oauth2(Tokens.city()).post("/api/v1/outbox/parked-events/" + parked + "/discard").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertTrue(value(scrape(), "sed_outbox_oldest_age_seconds", SERVICE) < 15 * 60, "oldest age"));
    }

    @Test
    void everyDeadLetteredMessageIsCountedByTopicAndEventTypeAndAHostileTypeStaysUnknown() {
        String removed = "event_type=HazardRemoved";
        String unknown = "event_type=unknown";
        String topic = "topic=hazard-events";
        String before = scrape();
        double removedBefore = orZero(value(before, "sed_dlq_events_total", SERVICE, topic, removed));
        double unknownBefore = orZero(value(before, "sed_dlq_events_total", SERVICE, topic, unknown));

        String evil = "sed.Evil" + UUID.randomUUID().toString().substring(0, 8) + ".v1";
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            kafka.registerSerde(String.class, Serdes.String());
            kafka.registerSerde(byte[].class, Serdes.ByteArray());
            kafka.produce(String.class, byte[].class).fromRecords(
                    record(EventType.HAZARD_REMOVED.ceType(), "{not json"),
                    record(evil, "{}")).awaitCompletion();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrape = scrape();
            assertEquals(removedBefore + 1, value(scrape, "sed_dlq_events_total", SERVICE, topic, removed));
            assertEquals(unknownBefore + 1, value(scrape, "sed_dlq_events_total", SERVICE, topic, unknown));
        });
        assertFalse(scrape().contains("Evil"), "a producer's header never becomes a label value");
    }

    private static ProducerRecord<String, byte[]> record(String ceType, String body) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("hazard-events", "metrics-" + UUID.randomUUID(),
                body.getBytes(StandardCharsets.UTF_8));
        record.headers().add(new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_type", ceType.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    @Test
    void requestLatencyIsLabelledByTheRouteTemplateNeverByAnIdAndHasBuckets() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(Tokens.city()).get("/test/notes/handled/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.city()).post("/test/notes/" + id + "/touch").then().statusCode(404);
        given().post("/test/notes/" + id + "/touch").then().statusCode(401);
        given().get("/test/no-such-route/" + id).then().statusCode(404);

        String handled = "uri=/test/notes/handled/{hazardId}";
        String touch = "uri=/test/notes/{id}/touch";
        // a request is recorded as its response ends, which may be just after the client has read it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String scrape = scrape();
            assertTrue(value(scrape, "http_server_requests_seconds_count", SERVICE, handled, "status=200") >= 1);
            assertTrue(value(scrape, "http_server_requests_seconds_count", SERVICE, touch, "status=404") >= 1);
            assertTrue(value(scrape, "http_server_requests_seconds_count", SERVICE, touch, "status=401") >= 1);
            assertTrue(value(scrape, "http_server_requests_seconds_count", SERVICE, "uri=NOT_FOUND") >= 1);
        });
        String scrape = scrape();
        assertFalse(scrape.contains(id.toString()), "no raw id in any label");
        // the buckets the p95 alert and the dashboard read (100 ms is the reads' budget, 500 ms the writes')
        for (String le : new String[]{"0.1", "0.5"}) {
            assertFalse(Double.isNaN(value(scrape, "http_server_requests_seconds_bucket", SERVICE, handled,
                    "le=" + le)), "bucket le=" + le);
        }
        assertTrue(value(scrape, "http_server_requests_seconds_bucket", SERVICE, handled, "le=+Inf") >= 1);
    }

    @Test
    void kafkasOwnConsumerMetricsAreServedWithTheServiceLabel() {
        // bound by Quarkus (quarkus.micrometer.binder.kafka) for the channels' consumers: the lag alert reads these
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrape = scrape();
            assertFalse(Double.isNaN(value(scrape, "kafka_consumer_fetch_manager_records_lag_max", SERVICE)),
                    "kafka_consumer_fetch_manager_records_lag_max");
        });
    }
}
