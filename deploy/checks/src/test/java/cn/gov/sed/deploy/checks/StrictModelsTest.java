package cn.gov.sed.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import org.junit.jupiter.api.Test;

/** A misspelt, unknown or mistyped field anywhere in an object fails, with where it is. */
class StrictModelsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              replicas: 2
              selector: {matchLabels: {app: d}}
              template:
                metadata: {labels: {app: d}}
                spec:
                  containers:
                    - name: d
                      image: registry.example/d:1
                      readinessProbe:
                        httpGet: {path: /q/health/ready, port: 8080}
            """;

    private static ObjectNode yaml(String text) {
        return Yamls.documents(text, "test").get(0);
    }

    private static void fails(String yaml, String expected) {
        ManifestException e = assertThrows(ManifestException.class, () -> StrictModels.parse(yaml(yaml)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aWellFormedDeploymentReads() {
        assertTrue(StrictModels.parse(yaml(DEPLOYMENT)) instanceof Deployment);
    }

    @Test
    void aMisspeltTopLevelFieldFails() {
        fails(DEPLOYMENT.replace("  replicas: 2", "  replicaz: 2"), "unknown field(s) spec.replicaz");
    }

    @Test
    void aMisspeltDeepFieldFails() {
        fails(DEPLOYMENT.replace("httpGet: {path:", "httpGet: {pathh:"), "readinessProbe.httpGet.pathh");
        fails(DEPLOYMENT.replace("image: registry", "imag: registry"), "containers[0].imag");
    }

    @Test
    void aFieldInTheWrongPlaceFails() {
        // readOnlyRootFilesystem belongs to the container's securityContext, not the pod's
        fails(DEPLOYMENT.replace("      containers:", "      securityContext: {readOnlyRootFilesystem: true}\n"
                + "      containers:"), "securityContext.readOnlyRootFilesystem");
    }

    @Test
    void aMistypedValueFails() {
        fails(DEPLOYMENT.replace("replicas: 2", "replicas: \"2\""), "Deployment/d");
        fails(DEPLOYMENT.replace("replicas: 2", "replicas: [2]"), "Deployment/d");
    }

    @Test
    void aKeyGivenTwiceFails() {
        assertThrows(ManifestException.class, () -> yaml(DEPLOYMENT.replace("  replicas: 2",
                "  replicas: 2\n  replicas: 3")));
    }

    @Test
    void aKindWithoutModelFails() {
        fails(DEPLOYMENT.replace("apps/v1", "apps/v1beta1"), "no typed model for 'apps/v1beta1 Deployment'");
    }

    private static final String KAFKA = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: Kafka
            metadata: {name: k}
            spec:
              kafka:
                listeners:
                  - {name: tls, port: 9093, type: internal, tls: true, authentication: {type: scram-sha-512}}
              entityOperator: {topicOperator: {}, userOperator: {}}
            """;

    @Test
    void strimziResourcesAreStrictToo() {
        assertTrue(StrictModels.parse(yaml(KAFKA)) instanceof Kafka);
        fails(KAFKA.replace("tls: true", "tsl: true"), "listeners[0].tsl");
        fails(KAFKA.replace("entityOperator:", "entityOperater:"), "spec.entityOperater");
        fails(KAFKA.replace("type: scram-sha-512", "type: scram-sha-256"), "Kafka/k");
        fails("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t, patternType: literal}
                        operation: [Write]
                """, "KafkaUser/u");
    }

    private static final String CLUSTER = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: db}
            spec:
              instances: 2
              bootstrap: {initdb: {database: d, owner: d}}
              storage: {size: 20Gi}
              monitoring: {enablePodMonitor: true}
              backup:
                retentionPolicy: 30d
                barmanObjectStore:
                  destinationPath: s3://b/d
                  s3Credentials:
                    accessKeyId: {name: s, key: ACCESS_KEY_ID}
                    secretAccessKey: {name: s, key: ACCESS_SECRET_KEY}
            """;

    @Test
    void cloudNativePgFieldsWeUseAreChecked() {
        StrictModels.parse(yaml(CLUSTER));
        fails(CLUSTER.replace("destinationPath", "destinationPth"), "unknown field spec.backup.barmanObjectStore.destinationPth");
        fails(CLUSTER.replace("enablePodMonitor", "enablePodMonitoring"), "unknown field spec.monitoring.enablePodMonitoring");
        fails(CLUSTER.replace("retentionPolicy: 30d", "retentionPolicy: 30 days"), "retentionPolicy");
        fails(CLUSTER.replace("instances: 2", "instances: \"2\""), "spec.instances");
        fails(CLUSTER.replace("  instances: 2", "  instance: 2"), "unknown field spec.instance");
        fails(CLUSTER.replace("metadata: {name: db}", "metadata: {name: db, labelz: {}}"), "labelz");
        fails(CLUSTER.replace("postgresql.cnpg.io/v1", "postgresql.cnpg.io/v1beta1"), "CloudNativePG's API");
        String backup = """
                apiVersion: postgresql.cnpg.io/v1
                kind: ScheduledBackup
                metadata: {name: b}
                spec: {schedule: "0 0 2 * * *", cluster: {name: db}, method: barmanObjectStore}
                """;
        StrictModels.parse(yaml(backup));
        fails(backup.replace("0 0 2 * * *", "0 2 * * *"), "six fields");
        fails(backup.replace("cluster: {name: db}", "cluster: {nam: db}"), "unknown field spec.cluster.nam");
    }
}
