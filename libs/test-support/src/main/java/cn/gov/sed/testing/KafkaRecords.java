package cn.gov.sed.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads what a topic holds, from the beginning, without a consumer group: tests look for the records of
 * their own aggregates among those other tests published.
 */
public final class KafkaRecords {
    private KafkaRecords() {
    }

    /** All records of {@code topic} currently on the broker (empty when the topic does not exist yet). */
    public static List<ConsumerRecord<String, byte[]>> all(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (partitions == null || partitions.isEmpty()) {
                return records;
            }
            List<TopicPartition> tps = partitions.stream().map(pi -> new TopicPartition(topic, pi.partition())).toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            var end = consumer.endOffsets(tps);
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline
                    && tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return records;
        }
        return records;
    }

    /** The records of {@code topic} with that key. */
    public static List<ConsumerRecord<String, byte[]>> withKey(String bootstrap, String topic, String key) {
        return matching(bootstrap, topic, r -> key.equals(r.key()));
    }

    public static List<ConsumerRecord<String, byte[]>> matching(String bootstrap, String topic,
                                                                Predicate<ConsumerRecord<String, byte[]>> filter) {
        return all(bootstrap, topic).stream().filter(filter).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    public static String valueAsString(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }
}
