package cn.gov.sed.platform.outbox;

import cn.gov.sed.contracts.vocabulary.Zones;
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
import java.util.concurrent.Future;
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

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
    String password;
    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;
    @ConfigProperty(name = "sed.outbox.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "sed.outbox.retention", defaultValue = "P7D")
    Duration retention;

    @Inject
    MeterRegistry meters;

    private volatile boolean running;
    private volatile boolean leader;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;
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
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
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

    /** Whether this replica currently holds the relay's leadership. */
    public boolean isLeader() {
        return leader;
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + UUID.randomUUID());
        return p;
    }

    private void run() {
        long backoffMs = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
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

    /** Publishes pending rows in id order; returns how many were sent. Stops at the first failed send. */
    int drain(Connection connection) throws Exception {
        int total = 0;
        while (running) {
            List<Row> rows = pending(connection);
            if (rows.isEmpty()) {
                return total;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                acks.add(producer.send(row.toRecord()));
            }
            producer.flush();
            List<Long> sent = new ArrayList<>(rows.size());
            Exception failure = null;
            for (int i = 0; i < rows.size(); i++) {
                try {
                    acks.get(i).get(30, TimeUnit.SECONDS);
                    sent.add(rows.get(i).id);
                    commitToBroker.record(Duration.between(rows.get(i).createdAt, Instant.now()));
                } catch (Exception e) {
                    failure = e;
                    break;
                }
            }
            markSent(connection, sent);
            total += sent.size();
            if (failure != null) {
                throw failure;
            }
            if (rows.size() < BATCH) {
                return total;
            }
        }
        return total;
    }

    private List<Row> pending(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, event_id, topic, aggregate_id, ce_type, ce_source, ce_time, payload, created_at"
                        + " FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT " + BATCH)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getBytes(8),
                            rs.getObject(9, OffsetDateTime.class).toInstant()));
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

    private record Row(long id, String eventId, String topic, String aggregateId, String ceType, String ceSource,
                       OffsetDateTime ceTime, byte[] payload, Instant createdAt) {
        ProducerRecord<String, byte[]> toRecord() {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, aggregateId, payload);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", eventId);
            header(record, "ce_type", ceType);
            header(record, "ce_source", ceSource);
            header(record, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Zones.shanghai(ceTime.toInstant())));
            header(record, "ce_subject", aggregateId);
            header(record, "content-type", "application/json");
            return record;
        }

        private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
