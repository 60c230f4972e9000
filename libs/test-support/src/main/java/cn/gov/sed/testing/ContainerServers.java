package cn.gov.sed.testing;

import cn.gov.sed.infra.EmbeddedPostgresServer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The tests' PostgreSQL server and Kafka broker as containers ({@code -Dsed.infra=testcontainers}), configured like the
 * embedded ones (same user and password, 300 connections, UTC, fsync off, topics created on first use with three
 * partitions). Only {@link SharedInfrastructure} calls it, and only on that path: the Testcontainers classes (and
 * their probe for a Docker engine) are not loaded otherwise.
 */
final class ContainerServers {
    static final String POSTGRES_IMAGE = "postgres:17";
    /** Kafka 4.1, the version of the embedded broker and the clients ({@code kafka.version} in the parent POM). */
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private ContainerServers() {
    }

    /** A started PostgreSQL container; its address is the admin JDBC URL (database {@code postgres}). */
    static SharedInfrastructure.Server postgres() {
        PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName("postgres")
                .withUsername(EmbeddedPostgresServer.USER)
                .withPassword(EmbeddedPostgresServer.PASSWORD)
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off", "-c", "timezone=UTC");
        container.start();
        String url = "jdbc:postgresql://" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/postgres";
        return new SharedInfrastructure.Server(url, container::stop);
    }

    /** A started Kafka broker container (KRaft); its address is the bootstrap servers. */
    static SharedInfrastructure.Server kafka() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        return new SharedInfrastructure.Server(container.getBootstrapServers(), container::stop);
    }
}
