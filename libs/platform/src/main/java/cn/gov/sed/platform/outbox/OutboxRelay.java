package cn.gov.sed.platform.outbox;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.tracing.EventTraces;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox to Kafka as CloudEvents (binary mode, key = aggregate id), in id order, and marks rows
 * sent only after the broker acknowledged them.
 * <p>
 * One relay of all replicas is the leader: it holds a PostgreSQL session advisory lock on its own connection,
 * which the server releases if the replica dies, so order per aggregate is kept without row races. It sleeps
 * in {@code LISTEN sed_outbox} and is woken by the {@code NOTIFY} of each committing transaction, with a
 * one-second poll as a safety net. While the broker is down rows simply wait; they drain when it is back.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK_KEY = 0x5ED0_0B0CL;
    private static final int BATCH = 500;
    private static final int WAVE_TIMEOUT_SECONDS = 45;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
    String password;
    @ConfigProperty(name = "sed.outbox.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "sed.outbox.retention", defaultValue = "P7D")
    Duration retention;

    @Inject
    MeterRegistry meters;
    @Inject
    BrokerClients brokerClients;

    private volatile boolean running;
    private volatile boolean leader;
    private Thread worker;
    private volatile KafkaProducer<String, byte[]> producer;
    private Timer commitToBroker;
    private Instant lastPurge = Instant.EPOCH;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("outbox relay disabled");
            return;
        }
        commitToBroker = Timer.builder("sed.outbox.commit.to.broker")
                .description("time from an event's insert to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Closes the producer without waiting for what it still holds (marked rows only are sent) and makes a new one. */
    private void renewProducer() {
        try {
            producer.close(Duration.ZERO);
        } catch (RuntimeException e) {
            LOG.debugf("closing the relay's producer: %s", e.getMessage());
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
    }

    /** Whether this replica currently holds the relay's leadership. */
    public boolean isLeader() {
        return leader;
    }

    /**
     * The relay's own connection: a socket timeout and TCP keepalive, so a half-open connection (the database host
     * gone without a FIN) fails within a minute and releases leadership instead of holding it for ever.
     */
    private Properties connectionProperties() {
        Properties p = new Properties();
        p.setProperty("user", username);
        p.setProperty("password", password);
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "60");
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "outbox-relay");
        return p;
    }

    private Properties producerConfig() {
        Properties p = brokerClients.config("outbox-relay-" + UUID.randomUUID());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        // One record per producer batch. A batch of several records that the broker refuses as too large is split
        // and retried by the client, and the client restarts the delivery timeout of every split batch, so a single
        // record over the topic's limit that shares a batch is retried for ever (seen here: tens of thousands of
        // MESSAGE_TOO_LARGE retries, flush() never returning). Alone in its batch it fails at once with
        // RecordTooLargeException, and the relay parks it.
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, "0");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        return p;
    }

    private void run() {
        // made on the relay's thread: the Kafka client's classes load here, not on the start's path
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        long backoffMs = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, connectionProperties())) {
                connection.setAutoCommit(true);
                if (!tryLead(connection)) {
                    sleep(2_000);
                    continue;
                }
                leader = true;
                LOG.info("outbox relay is the leader");
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + Outbox.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    int sent = drain(connection);
                    backoffMs = 500;
                    purgeIfDue(connection);
                    if (sent == 0) {
                        pg.getNotifications(1_000); // wait for a commit's NOTIFY, or poll after a second
                    }
                }
            } catch (Exception e) {
                leader = false;
                if (running) {
                    LOG.warnf("outbox relay paused (%s); retrying in %d ms", e.getMessage(), backoffMs);
                    sleep(backoffMs);
                    backoffMs = Math.min(backoffMs * 2, 10_000);
                }
            }
        }
        leader = false;
    }

    private static boolean tryLead(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + ADVISORY_LOCK_KEY + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Publishes pending rows in id order; returns how many were sent.
     * <p>
     * A batch is sent in waves, each holding at most one row per aggregate (the first wave the first pending row
     * of every aggregate, the next wave the second …), so that a row the broker refuses never has a later row of
     * its own aggregate already on its way: order per aggregate holds even when a row is parked. Rows of other
     * aggregates are unaffected. Exactly the rows the broker acknowledged are marked sent, whatever their place
     * in the wave; a passing failure (broker down, timeout) ends the drain after marking those, and the rest are
     * sent again later; a permanent one parks that row and the drain goes on.
     */
    int drain(Connection connection) throws Exception {
        int total = 0;
        while (running) {
            List<Row> rows = pending(connection);
            if (rows.isEmpty()) {
                return total;
            }
            Set<String> parkedAggregates = new HashSet<>();
            for (List<Row> wave : waves(rows)) {
                List<Row> toSend = wave.stream().filter(r -> !parkedAggregates.contains(r.aggregateKey())).toList();
                WaveResult result = send(toSend);
                markSent(connection, result.sent);
                total += result.sent.size();
                for (Map.Entry<Row, Exception> parked : result.parked.entrySet()) {
                    park(connection, parked.getKey(), parked.getValue());
                    parkedAggregates.add(parked.getKey().aggregateKey());
                }
                if (result.passingFailure != null) {
                    renewProducer(); // a fresh client: no batch of the failed wave is retried behind our back
                    throw result.passingFailure;
                }
            }
            if (rows.size() < BATCH) {
                return total;
            }
        }
        return total;
    }

    /** Splits rows (in id order) into waves with at most one row per aggregate each, keeping id order inside. */
    static List<List<Row>> waves(List<Row> rows) {
        List<List<Row>> waves = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            int index = seen.merge(row.aggregateKey(), 1, Integer::sum) - 1;
            while (waves.size() <= index) {
                waves.add(new ArrayList<>());
            }
            waves.get(index).add(row);
        }
        return waves;
    }

    private record WaveResult(List<Long> sent, Map<Row, Exception> parked, Exception passingFailure) {
    }

    private WaveResult send(List<Row> rows) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Future<RecordMetadata> ack;
            try {
                ack = producer.send(row.toRecord());
            } catch (RuntimeException e) {
                ack = CompletableFuture.failedFuture(e); // refused before it left (e.g. serialisation)
            }
            acks.add(ack);
        }
        // no flush(): with linger.ms=0 the records are on their way; each acknowledgement is awaited against one
        // deadline for the whole wave, so nothing the client does can hold the relay for ever
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAVE_TIMEOUT_SECONDS);
        List<Long> sent = new ArrayList<>(rows.size());
        Map<Row, Exception> parked = new LinkedHashMap<>();
        Exception passing = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(row.id);
                commitToBroker.record(Duration.between(row.createdAt, Instant.now()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                passing = passing == null ? e : passing;
            } catch (Exception e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                if (SendFailures.isPermanentForTheRow(cause)) {
                    parked.put(row, e);
                } else if (passing == null) {
                    passing = e;
                }
            }
        }
        return new WaveResult(sent, parked, passing);
    }

    private void park(Connection connection, Row row, Exception failure) throws SQLException {
        String error = SendFailures.describe(failure);
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox_event SET parked_at = now(), park_error = ? WHERE id = ? AND sent_at IS NULL")) {
            ps.setString(1, error);
            ps.setLong(2, row.id);
            ps.executeUpdate();
        }
        // once per parked row: it is excluded from the drain afterwards, so this line is not repeated
        LOG.errorf("outbox event %s (%s, aggregate %s) parked: the broker refused it (%s). Later events of that "
                        + "aggregate wait; re-queue or discard it at /api/v1/outbox/parked-events (runbook: README)",
                row.eventId, row.ceType, row.aggregateId, error);
    }

    private List<Row> pending(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, event_id, topic, aggregate_id, ce_type, ce_source, ce_time, payload, created_at,"
                        + " traceparent, tracestate"
                        + " FROM outbox_event o WHERE sent_at IS NULL AND parked_at IS NULL"
                        // a parked row holds back the later rows of its own aggregate only
                        + " AND NOT EXISTS (SELECT 1 FROM outbox_event p WHERE p.parked_at IS NOT NULL"
                        + " AND p.discarded_at IS NULL AND p.sent_at IS NULL"
                        + " AND p.topic = o.topic AND p.aggregate_id = o.aggregate_id)"
                        + " ORDER BY id LIMIT " + BATCH)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getBytes(8),
                            rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10), rs.getString(11)));
                }
            }
        }
        return rows;
    }

    private static void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            ps.setArray(1, array);
            ps.executeUpdate();
        }
    }

    private void purgeIfDue(Connection connection) throws SQLException {
        if (Duration.between(lastPurge, Instant.now()).toMinutes() < 10) {
            return;
        }
        lastPurge = Instant.now();
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM outbox_event WHERE sent_at < now() - (? * interval '1 second')")) {
            ps.setLong(1, retention.toSeconds());
            int purged = ps.executeUpdate();
            if (purged > 0) {
                LOG.debugf("purged %d sent outbox rows", purged);
            }
        }
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    record Row(long id, String eventId, String topic, String aggregateId, String ceType, String ceSource,
               OffsetDateTime ceTime, byte[] payload, Instant createdAt, String traceparent, String tracestate) {
        Row(long id, String eventId, String topic, String aggregateId, String ceType, String ceSource,
            OffsetDateTime ceTime, byte[] payload, Instant createdAt) {
            this(id, eventId, topic, aggregateId, ceType, ceSource, ceTime, payload, createdAt, null, null);
        }

        String aggregateKey() {
            return topic + "/" + aggregateId;
        }

        ProducerRecord<String, byte[]> toRecord() {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, aggregateId, payload);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", eventId);
            header(record, "ce_type", ceType);
            header(record, "ce_source", ceSource);
            header(record, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Zones.shanghai(ceTime.toInstant())));
            header(record, "ce_subject", aggregateId);
            header(record, "content-type", "application/json");
            // W3C Trace Context of the span that wrote the event: the consumer continues that trace (EventTraces)
            if (traceparent != null) {
                header(record, EventTraces.TRACEPARENT, traceparent);
                if (tracestate != null) {
                    header(record, EventTraces.TRACESTATE, tracestate);
                }
            }
            return record;
        }

        private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
