package cn.gov.sed.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.CommonClientConfigs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Properties;

/**
 * Where every Kafka client the platform makes starts its configuration (the consumers, their dead-letter producer,
 * the outbox relay's producer, the readiness check's admin client): the broker's address, the client's id, and the
 * broker's security settings ({@link BrokerSecurity}). Each client adds its own settings to what this answers.
 */
@ApplicationScoped
public class BrokerClients {
    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;
    /** Every {@code kafka.*} property and {@code KAFKA_*} variable, as Quarkus gathers them (TLS, SASL in prod). */
    @Inject
    @Identifier("default-kafka-broker")
    Instance<Map<String, Object>> brokerConfig;

    /** A new configuration for the client {@code clientId}: bootstrap servers, client id, security keys. */
    public Properties config(String clientId) {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return BrokerSecurity.addTo(p, brokerConfig.isResolvable() ? brokerConfig.get() : null);
    }
}
