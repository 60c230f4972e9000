package cn.gov.sed.platform.inbox;

import cn.gov.sed.platform.outbox.SendFailures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One topic consumed by one thread of its own, with Kafka's own consumer: poll, handle each record on this thread
 * ({@link EventConsumer}: inbox, effect and commit in one transaction), then commit the offsets. The record is handled
 * on the thread that read it, with no hand-off between threads: under SmallRye's connector each record went from the
 * polling thread to the event loop and then to a worker thread, about 7 ms of the event path on this machine
 * (docs/footprint.md).
 * <p>
 * At least once: offsets are committed only after their records were handled, so a crash or a rebalance redelivers
 * what was not committed, and the inbox makes the redelivery do nothing. A record the consumer gives up on goes to
 * {@code <topic>.dlq} with the reason in its headers, and the channel carries on; if that send fails (the broker
 * away), the record is read again, never skipped.
 */
final class EventChannel implements Runnable {
    private static final Logger LOG = Logger.getLogger(EventChannel.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final String topic;
    private final EventHandlers handlers;
    private final EventConsumer consumer;
    private final DeadLetters deadLetters;
    private final Properties config;
    private final MeterRegistry meters;
    private volatile KafkaConsumer<String, byte[]> kafka;
    private final Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
    private volatile boolean running = true;

    EventChannel(String topic, EventHandlers handlers, Properties config, EventConsumer consumer,
                 DeadLetters deadLetters, MeterRegistry meters) {
        this.topic = topic;
        this.handlers = handlers;
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.config = new Properties();
        this.config.putAll(config);
        this.config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.meters = meters;
    }

    @Override
    public void run() {
        // made here rather than at start-up: the client's classes load on this thread, not on the start's path
        kafka = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        KafkaClientMetrics metrics = new KafkaClientMetrics(kafka); // kafka_consumer_* (records lag for the alert)
        metrics.bindTo(meters);
        if (!running) {
            kafka.wakeup(); // stopped before it began
        }
        try {
            kafka.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    commit(true); // what was handled is committed before another consumer takes the partitions
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                }
            });
            long backoffMs = 1_000;
            while (running) {
                ConsumerRecords<String, byte[]> records;
                try {
                    records = kafka.poll(POLL);
                    backoffMs = 1_000;
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // refused by the broker (an ACL, a certificate): the channel waits and polls again, rather than
                    // stopping for good, so it resumes once an operator has fixed the cause. Only the poll: a failure
                    // while handling a batch must not be followed by the next poll, which would pass the batch's rest
                    LOG.errorf("the %s consumer could not poll (%s); polling again in %d s", topic, e, backoffMs / 1000);
                    sleepQuietly(backoffMs);
                    backoffMs = Math.min(backoffMs * 2, 30_000);
                    continue;
                }
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (!handle(partition, record)) {
                            break; // could not be dead-lettered: this partition is read again from that record
                        }
                    }
                }
                commit(false);
            }
        } catch (WakeupException e) {
            // stop() woke the poll up
        } catch (RuntimeException e) {
            LOG.errorf(e, "the %s consumer stopped", topic);
        } finally {
            commit(true);
            metrics.close();
            kafka.close(Duration.ofSeconds(5));
        }
    }

    /** Handles one record; false if it failed and could not be dead-lettered (the partition is sought back to it). */
    private boolean handle(TopicPartition partition, ConsumerRecord<String, byte[]> record) {
        try {
            consumer.consume(record, handlers);
        } catch (RuntimeException failure) {
            if (!running) {
                kafka.seek(partition, record.offset()); // interrupted by the shutdown: not handled, read again later
                return false;
            }
            if (!deadLetter(record, failure)) {
                kafka.seek(partition, record.offset());
                sleepQuietly(1_000);
                return false;
            }
        }
        handled.put(partition, new OffsetAndMetadata(record.offset() + 1));
        return true;
    }

    /**
     * Sends the record to {@code <topic>.dlq} with the reason in its headers. A copy the broker refuses for good
     * (too large once the headers are added) goes without its payload, the headers saying so, rather than holding
     * the partition for ever; false only for a passing failure (the broker away), when the record is read again.
     */
    private boolean deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException failure) {
        try {
            deadLetters.send(deadCopy(record, failure, record.value()));
        } catch (RuntimeException refused) {
            if (!SendFailures.isPermanentForTheRow(refused) || record.value() == null) {
                return readAgain(record, refused);
            }
            ProducerRecord<String, byte[]> withoutPayload = deadCopy(record, failure, null);
            header(withoutPayload, "dead-letter-payload-dropped",
                    record.value().length + " bytes: " + SendFailures.describe(refused));
            try {
                deadLetters.send(withoutPayload);
            } catch (RuntimeException again) {
                return readAgain(record, again);
            }
        }
        LOG.warnf("%s offset %d of partition %d dead-lettered: %s", record.topic(), record.offset(),
                record.partition(), reason(failure));
        return true;
    }

    /** Logs why {@code record} could not be dead-lettered; false: the record is read again. */
    private static boolean readAgain(ConsumerRecord<String, byte[]> record, RuntimeException sendFailure) {
        LOG.errorf("%s offset %d of partition %d could not be dead-lettered (%s); reading it again", record.topic(),
                record.offset(), record.partition(), SendFailures.describe(sendFailure));
        return false;
    }

    private ProducerRecord<String, byte[]> deadCopy(ConsumerRecord<String, byte[]> record, RuntimeException failure,
                                                    byte[] value) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(topic + ".dlq", null, record.key(), value,
                record.headers());
        header(dead, "dead-letter-reason", reason(failure));
        if (failure.getCause() != null) {
            header(dead, "dead-letter-cause", reason(failure.getCause()));
        }
        header(dead, "dead-letter-topic", record.topic());
        header(dead, "dead-letter-partition", Integer.toString(record.partition()));
        header(dead, "dead-letter-offset", Long.toString(record.offset()));
        return dead;
    }

    /** The failure in one line of at most 1,000 characters (a hostile payload's text never grows a header). */
    private static String reason(Throwable failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private void commit(boolean sync) {
        if (handled.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = Map.copyOf(handled);
        handled.clear();
        try {
            if (sync) {
                kafka.commitSync(offsets);
            } else {
                kafka.commitAsync(offsets, (done, e) -> {
                    if (e != null) {
                        LOG.debugf("commit of %s failed (%s); those records may be redelivered", done, e.getMessage());
                    }
                });
            }
        } catch (KafkaException e) {
            // redelivered after the rebalance; the inbox makes it harmless
            LOG.debugf("commit on %s failed: %s", topic, e.getMessage());
        }
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> k = kafka;
        if (k != null) {
            k.wakeup();
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
