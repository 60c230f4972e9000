package cn.gov.sed.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each rule fails the build when broken: the prod overlay, rendered, then spoilt in one place. */
class PoliciesBiteTest {

    private static final List<ObjectNode> PROD = Kustomize.build(OverlaysTest.ROOT.resolve("deploy/k8s/overlays/prod"));

    /** A fresh copy of the rendered prod overlay, for one test to spoil. */
    private static List<ObjectNode> prod() {
        return new java.util.ArrayList<>(PROD.stream().map(ObjectNode::deepCopy).toList());
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(Trees.kind(o)) && name.equals(Trees.name(o))).findFirst()
                .orElseThrow(() -> new AssertionError(kind + "/" + name + " not rendered"));
    }

    private static ObjectNode hazardContainer(List<ObjectNode> objects) {
        return (ObjectNode) find(objects, "Deployment", "hazard-service").at("/spec/template/spec/containers/0");
    }

    /** Spoils the rendered prod overlay and expects a problem containing {@code expected}. */
    private static void bites(Consumer<List<ObjectNode>> spoil, String expected) {
        List<ObjectNode> objects = prod();
        spoil.accept(objects);
        List<String> problems = OverlayCheck.problems(objects, Environment.PROD, OverlaysTest.ROOT);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                "expected a problem with '" + expected + "', got " + problems);
    }

    private static ObjectNode yaml(String text) {
        return Yamls.documents(text, "test").get(0);
    }

    @Test
    void aDeploymentWithoutItsDisruptionBudgetFails() {
        bites(o -> o.remove(find(o, "PodDisruptionBudget", "hazard-service")),
                "Deployment/hazard-service: no PodDisruptionBudget");
    }

    @Test
    void aDeploymentWithoutItsNetworkPolicyFails() {
        bites(o -> o.remove(find(o, "NetworkPolicy", "hazard-service")),
                "Deployment/hazard-service: no NetworkPolicy of its own");
    }

    @Test
    void aNetworkPolicyOpeningAnotherPortFails() {
        bites(o -> ((ObjectNode) find(o, "NetworkPolicy", "hazard-service").at("/spec/ingress/0/ports/0"))
                .put("port", 5005), "NetworkPolicy/hazard-service opens port 5005");
        bites(o -> ((ObjectNode) find(o, "NetworkPolicy", "hazard-service").at("/spec/ingress/0")).remove("ports"),
                "NetworkPolicy/hazard-service lets traffic in on every port");
    }

    @Test
    void withoutTheDefaultDenyItFails() {
        bites(o -> o.remove(find(o, "NetworkPolicy", "default-deny")), "no default deny");
    }

    @Test
    void aContainerWithoutProbesFails() {
        bites(o -> hazardContainer(o).remove("livenessProbe"), "needs a readiness and a liveness probe");
    }

    @Test
    void aContainerWithoutLimitsFails() {
        bites(o -> ((ObjectNode) hazardContainer(o).get("resources")).remove("limits"), "a memory limit");
    }

    @Test
    void aWritableRootFilesystemFails() {
        bites(o -> ((ObjectNode) hazardContainer(o).get("securityContext")).put("readOnlyRootFilesystem", false),
                "readOnlyRootFilesystem must be true");
    }

    @Test
    void privilegeEscalationFails() {
        bites(o -> ((ObjectNode) hazardContainer(o).get("securityContext")).remove("allowPrivilegeEscalation"),
                "allowPrivilegeEscalation must be false");
    }

    @Test
    void capabilitiesKeptFail() {
        bites(o -> ((ObjectNode) hazardContainer(o).get("securityContext")).remove("capabilities"),
                "capabilities.drop must contain ALL");
    }

    @Test
    void rootFails() {
        bites(o -> ((ObjectNode) find(o, "Deployment", "hazard-service").at("/spec/template/spec/securityContext"))
                .remove("runAsNonRoot"), "runAsNonRoot must be true");
    }

    @Test
    void noSeccompProfileFails() {
        bites(o -> ((ObjectNode) find(o, "Deployment", "hazard-service").at("/spec/template/spec/securityContext"))
                .remove("seccompProfile"), "seccompProfile must be RuntimeDefault");
    }

    @Test
    void aServiceAccountTokenInThePodFails() {
        bites(o -> ((ObjectNode) find(o, "Deployment", "hazard-service").at("/spec/template/spec"))
                .remove("automountServiceAccountToken"), "automountServiceAccountToken must be false");
    }

    @Test
    void noTemporaryDirectoryFails() {
        bites(o -> hazardContainer(o).remove("volumeMounts"), "needs an emptyDir at /tmp");
    }

    @Test
    void noSpreadAcrossNodesFails() {
        bites(o -> ((ObjectNode) find(o, "Deployment", "hazard-service").at("/spec/template/spec"))
                .remove("topologySpreadConstraints"), "topology spread constraint");
    }

    @Test
    void theLatestTagFails() {
        bites(o -> hazardContainer(o).put("image", "registry.example.gov.cn/sed/hazard-service:latest"),
                "not latest");
        bites(o -> hazardContainer(o).put("image", "registry.example.gov.cn/sed/hazard-service"), "not latest");
    }

    @Test
    void aSecretWithLiteralDataFails() {
        bites(o -> o.add(yaml("{apiVersion: v1, kind: Secret, metadata: {name: sed-backup-s3},"
                + " stringData: {ACCESS_KEY_ID: AKIA}}")), "Secret/sed-backup-s3: a Secret with literal data");
    }

    @Test
    void aPasswordWrittenInAnEnvValueFails() {
        bites(o -> ((ArrayNode) hazardContainer(o).get("env")).add(yaml("{name: DB_PASSWORD_OVERRIDE, value: hunter2}")),
                "env DB_PASSWORD_OVERRIDE looks like a secret");
        bites(o -> ((ArrayNode) hazardContainer(o).get("env")).add(yaml("{name: EXTRA_KAFKA,"
                + " value: 'org.apache.kafka.common.security.scram.ScramLoginModule required username=a password=b;'}")),
                "env EXTRA_KAFKA looks like a secret");
    }

    @Test
    void anAutoscalerBelowTwoReplicasFails() {
        bites(o -> find(o, "HorizontalPodAutoscaler", "task-service").with("spec").put("minReplicas", 1),
                "minReplicas must be at least 2");
    }

    @Test
    void aSingleReplicaWithoutAutoscalerFails() {
        bites(o -> o.remove(find(o, "HorizontalPodAutoscaler", "task-service")),
                "Deployment/task-service: needs two replicas at least");
    }

    @Test
    void aHostWithoutTlsFails() {
        bites(o -> ((ArrayNode) find(o, "Ingress", "sed").at("/spec/tls/0/hosts")).remove(0),
                "host inspection.api.sed.example.gov.cn is served without TLS");
    }

    @Test
    void anIngressExposingHealthOrMetricsFails() {
        bites(o -> ((ObjectNode) find(o, "Ingress", "sed").at("/spec/rules/1/http/paths/1")).put("path", "/q"),
                "hazard.api.sed.example.gov.cn/q exposes health, metrics or more");
    }

    @Test
    void anIngressPrefixSlashExposesEverythingAndFails() {
        // the console's page is served at "/" exactly; "/" as a prefix would expose its /q/health and /q/metrics too
        bites(o -> ((ObjectNode) find(o, "Ingress", "sed").at("/spec/rules/4/http/paths/0")).put("pathType", "Prefix"),
                "sed.example.gov.cn/ exposes health, metrics or more");
    }

    @Test
    void anIngressToAMissingServiceFails() {
        bites(o -> ((ObjectNode) find(o, "Ingress", "sed").at("/spec/rules/0/http/paths/0/backend/service"))
                .put("name", "inspection-servce"), "goes to service inspection-servce, which is not here");
    }

    // --- Kafka ---------------------------------------------------------------------------------------------------

    @Test
    void aServiceAllowedToWriteAnotherServicesTopicFails() {
        // the forgery the ACLs exist to prevent: inspection-service publishing on hazard-events
        bites(o -> ((ArrayNode) find(o, "KafkaUser", "inspection-service").at("/spec/authorization/acls"))
                        .add(yaml("{resource: {type: topic, name: hazard-events}, operations: [Write]}")),
                "KafkaUser/inspection-service: ACLs beyond what the service uses [topic hazard-events WRITE]");
    }

    @Test
    void aConsumerWithoutItsGroupFails() {
        bites(o -> ((ArrayNode) find(o, "KafkaUser", "task-service").at("/spec/authorization/acls")).remove(2),
                "KafkaUser/task-service: missing ACLs [group task-service READ]");
    }

    @Test
    void aTopicAServiceUsesButNobodyDeclaredFails() {
        bites(o -> o.remove(find(o, "KafkaTopic", "hazard-events.dlq")),
                "Deployment/task-service: uses topic hazard-events.dlq (application.properties), which is not a KafkaTopic");
    }

    @Test
    void aSingleCopyOfTheEventsInProdFails() {
        bites(o -> ((ObjectNode) find(o, "Kafka", "sed-kafka").at("/spec/kafka/config"))
                .put("default.replication.factor", 1), "default.replication.factor ≥ 3");
        bites(o -> find(o, "KafkaNodePool", "broker").with("spec").put("replicas", 1),
                "three brokers at least, found 1");
    }

    @Test
    void aPlaintextListenerInProdFails() {
        bites(o -> ((ObjectNode) find(o, "Kafka", "sed-kafka").at("/spec/kafka/listeners/0")).put("tls", false),
                "listener tls must be TLS with SCRAM-SHA-512");
    }

    @Test
    void aServiceWithoutItsKafkaCredentialsInProdFails() {
        bites(o -> {
            ArrayNode env = (ArrayNode) hazardContainer(o).get("env");
            for (int i = env.size() - 1; i >= 0; i--) {
                if (env.get(i).path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                    env.remove(i);
                }
            }
        }, "KAFKA_SASL_JAAS_CONFIG must come from secret hazard-service");
    }

    @Test
    void withoutTheClusterCaTheClientFails() {
        bites(o -> hazardContainer(o).set("volumeMounts",
                yaml("{m: [{name: tmp, mountPath: /tmp}]}").get("m")), "KAFKA_SSL_TRUSTSTORE_LOCATION must be a file");
    }

    // --- databases ---------------------------------------------------------------------------------------------

    @Test
    void aDatabaseWithoutBackupsInProdFails() {
        bites(o -> find(o, "Cluster", "sed-task").with("spec").remove("backup"),
                "Cluster/sed-task: needs backups to object storage");
    }

    @Test
    void aSingleDatabaseInstanceInProdFails() {
        bites(o -> find(o, "Cluster", "sed-task").with("spec").put("instances", 1),
                "Cluster/sed-task: production runs two instances at least");
    }

    @Test
    void aDatabaseWithoutScheduledBackupFails() {
        bites(o -> o.remove(find(o, "ScheduledBackup", "sed-task-nightly")), "Cluster/sed-task: no ScheduledBackup");
    }

    @Test
    void aDatabaseWithoutMonitoringFails() {
        bites(o -> find(o, "Cluster", "sed-hazard").with("spec").remove("monitoring"), "enablePodMonitor must be true");
    }

    @Test
    void databaseCredentialsFromElsewhereFail() {
        bites(o -> {
            for (JsonNode env : hazardContainer(o).get("env")) {
                if (env.path("name").asText().equals("DB_PASSWORD")) {
                    ((ObjectNode) env.at("/valueFrom/secretKeyRef")).put("name", "hand-made");
                }
            }
        }, "DB_PASSWORD must come from the app secret");
    }
}
