package cn.gov.sed.platform.outbox;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BrokerSecurityTest {

    @Test
    void copiesTheConnectionsSecurityKeysAndNothingElse() {
        Map<String, Object> broker = new LinkedHashMap<>();
        broker.put("bootstrap.servers", "sed-kafka-bootstrap:9093");
        broker.put("security.protocol", "SASL_SSL");
        broker.put("sasl.mechanism", "SCRAM-SHA-512");
        broker.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        broker.put("ssl.truststore.type", "PEM");
        broker.put("auto.offset.reset", "earliest");
        broker.put("group.id", "hazard-service");

        Properties relay = new Properties();
        relay.put("bootstrap.servers", "from-the-relay:9092");
        BrokerSecurity.addTo(relay, broker);

        assertEquals("SASL_SSL", relay.getProperty("security.protocol"));
        assertEquals("SCRAM-SHA-512", relay.getProperty("sasl.mechanism"));
        assertEquals("PEM", relay.getProperty("ssl.truststore.type"));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required;",
                relay.getProperty("sasl.jaas.config"));
        assertEquals("from-the-relay:9092", relay.getProperty("bootstrap.servers"));
        assertFalse(relay.containsKey("auto.offset.reset"));
        assertFalse(relay.containsKey("group.id"));
    }

    @Test
    void withoutABrokerConfigurationTheClientsOwnSettingsStay() {
        Properties relay = new Properties();
        relay.put("acks", "all");
        assertEquals(Set.of("acks"), BrokerSecurity.addTo(relay, null).keySet());
    }
}
