package cn.gov.sed.testing;

import cn.gov.sed.infra.EmbeddedKafkaBroker;
import cn.gov.sed.infra.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One Kafka broker and one PostgreSQL server per test class loader, started on first use and stopped when the
 * last test resource using them stops (Quarkus loads test resources in each application's class loader).
 * Embedded by default; {@code -Dsed.infra=testcontainers} starts containers instead ({@link TestInfrastructure}).
 * {@code TEST_PG_URL} (with {@code TEST_PG_USER}/{@code TEST_PG_PASSWORD}) and {@code TEST_KAFKA_BOOTSTRAP}
 * point the tests at external servers instead of either.
 */
final class SharedInfrastructure {
    /** A started server: its address (bootstrap servers, admin JDBC URL) and how to stop it. */
    record Server(String address, Runnable stop) {
    }

    private static Server broker;
    private static int brokerUsers;
    private static Server postgres;
    private static int postgresUsers;

    private SharedInfrastructure() {
    }

    static synchronized String acquireKafka() {
        String external = System.getenv("TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (broker == null) {
            broker = TestInfrastructure.chosen() == TestInfrastructure.TESTCONTAINERS
                    ? ContainerServers.kafka()
                    : embeddedKafka();
        }
        brokerUsers++;
        return broker.address();
    }

    private static Server embeddedKafka() {
        Path dir;
        try {
            dir = Files.createTempDirectory("sed-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedKafkaBroker embedded = EmbeddedKafkaBroker.start(dir, 0);
        return new Server(embedded.bootstrapServers(), () -> {
            embedded.close();
            deleteTree(dir);
        });
    }

    static synchronized void releaseKafka() {
        if (broker == null || --brokerUsers > 0) {
            return;
        }
        broker.stop().run();
        broker = null;
    }

    /** The admin JDBC URL (database {@code postgres}) of the server the tests use. */
    static synchronized String acquirePostgresAdminUrl() {
        String external = System.getenv("TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (postgres == null) {
            postgres = TestInfrastructure.chosen() == TestInfrastructure.TESTCONTAINERS
                    ? ContainerServers.postgres()
                    : embeddedPostgres();
        }
        postgresUsers++;
        return postgres.address();
    }

    private static Server embeddedPostgres() {
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(null, 0, Paths.get("target", "embedded-postgres.log"));
        return new Server(embedded.jdbcUrl("postgres"), embedded::close);
    }

    static synchronized void releasePostgres() {
        if (postgres == null || --postgresUsers > 0) {
            return;
        }
        postgres.stop().run();
        postgres = null;
    }

    static String pgUser() {
        String user = System.getenv("TEST_PG_USER");
        return user == null || user.isBlank() ? EmbeddedPostgresServer.USER : user;
    }

    static String pgPassword() {
        String password = System.getenv("TEST_PG_PASSWORD");
        return password == null ? EmbeddedPostgresServer.PASSWORD : password;
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
