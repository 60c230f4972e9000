package cn.gov.sed.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real Kafka broker (KRaft, in-process) for a Quarkus test run; sets {@code kafka.bootstrap.servers}. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedInfrastructure.acquireKafka());
    }

    @Override
    public void stop() {
        SharedInfrastructure.releaseKafka();
    }
}
