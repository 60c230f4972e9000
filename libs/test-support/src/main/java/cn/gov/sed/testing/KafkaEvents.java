package cn.gov.sed.testing;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Sends events the way the producing services do (CloudEvents binary mode: ce_* headers, key = aggregate id)
 * and reads what a service published, for the tests of the consuming and producing services.
 */
public final class KafkaEvents implements AutoCloseable {
    private final KafkaCompanion companion;

    public KafkaEvents(String bootstrapServers) {
        this.companion = new KafkaCompanion(bootstrapServers);
    }

    /** Sends an event with a fresh ce_id; returns the ce_id. */
    public String send(DomainEvent event) {
        String ceId = UUID.randomUUID().toString();
        send(event, ceId, "2026-11-20T10:00:00+08:00");
        return ceId;
    }

    public void send(DomainEvent event, String ceId, String ceTime) {
        EventType type = event.eventType();
        sendRaw(type.topic(), event.aggregateId(), ceId, type.ceType(), ceTime, EventJson.write(event));
    }

    /**
     * Sends an event under another record key. Topics have several partitions, so only records with one key
     * are handled in order; tests that need "handled after" put both events under the same key.
     */
    public void sendWithKey(DomainEvent event, String key) {
        EventType type = event.eventType();
        sendRaw(type.topic(), key, UUID.randomUUID().toString(), type.ceType(), "2026-11-20T10:00:00+08:00",
                EventJson.write(event));
    }

    public void sendRaw(String topic, String key, String ceId, String ceType, String ceTime, byte[] body) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, body);
        header(record, "ce_id", ceId);
        header(record, "ce_type", ceType);
        header(record, "ce_source", ceType == null ? "/test" : EventType.byCeType(ceType).map(EventType::ceSource).orElse("/test"));
        header(record, "ce_subject", key);
        header(record, "ce_time", ceTime);
        header(record, "ce_specversion", "1.0");
        header(record, "content-type", "application/json");
        companion.produce(String.class, byte[].class).fromRecords(record).awaitCompletion(Duration.ofSeconds(20));
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Waits until {@code topic} holds a record matching {@code match} and returns it. */
    public ConsumerRecord<String, byte[]> awaitRecord(String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
        try (ConsumerTask<String, byte[]> task = companion.consume(String.class, byte[].class)
                .withGroupId("test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(topic)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> task.getRecords().stream().anyMatch(match));
            return task.getRecords().stream().filter(match).findFirst().orElseThrow();
        }
    }

    /** All records of {@code topic} matching {@code match} that are there now (reads for a few seconds). */
    public List<ConsumerRecord<String, byte[]>> records(String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
        try (ConsumerTask<String, byte[]> task = companion.consume(String.class, byte[].class)
                .withGroupId("test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(topic, Duration.ofSeconds(4))) {
            task.awaitCompletion(Duration.ofSeconds(20));
            return task.getRecords().stream().filter(match).toList();
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        companion.close();
    }

    public static boolean is(ConsumerRecord<String, byte[]> record, EventType type, String key) {
        return type.ceType().equals(header(record, "ce_type")) && key.equals(record.key());
    }
}
