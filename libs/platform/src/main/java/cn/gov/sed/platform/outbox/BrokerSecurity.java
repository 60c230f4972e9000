package cn.gov.sed.platform.outbox;

import java.util.Map;
import java.util.Properties;

/**
 * The broker's security settings for the Kafka clients the platform makes (through {@link BrokerClients}), taken from
 * Quarkus's {@code default-kafka-broker} map, which holds every {@code kafka.*} property and every {@code KAFKA_*}
 * environment variable. Only the connection's security keys are copied ({@code security.*}, {@code sasl.*},
 * {@code ssl.*}), so a consumer-only setting never reaches a producer. Without them the clients would try plaintext
 * in production, where the broker speaks TLS/SCRAM.
 */
public final class BrokerSecurity {
    private BrokerSecurity() {
    }

    /** Copies the security keys of {@code brokerConfig} into {@code clientConfig}; answers {@code clientConfig}. */
    public static Properties addTo(Properties clientConfig, Map<String, ?> brokerConfig) {
        if (brokerConfig == null) {
            return clientConfig;
        }
        brokerConfig.forEach((key, value) -> {
            if (value != null && (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl."))) {
                clientConfig.put(key, value.toString());
            }
        });
        return clientConfig;
    }
}
