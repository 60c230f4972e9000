package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Our own rules for what goes to a cluster, on the typed objects of one rendered overlay. Each rule's message names
 * the object and the rule, so a failing build says what to fix.
 */
public final class SuitePolicies {
    /** Names of env vars whose value must come from a secret, never written in a manifest. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|JAAS).*");
    /** Values that look like a secret whatever their name: a password in a JAAS line or URL, a key, a JWT. */
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?is).*(password\\s*=|passwd=|://[^/\\s:@]+:[^/\\s@]+@|-----BEGIN [A-Z ]*PRIVATE KEY|eyJ[A-Za-z0-9_-]{8,}\\.eyJ).*");

    private final Environment environment;
    /** the repository root, to read each service's application.properties */
    private final Path root;
    private final List<String> violations = new ArrayList<>();

    private final List<Deployment> deployments = new ArrayList<>();
    private final List<PodDisruptionBudget> budgets = new ArrayList<>();
    private final List<NetworkPolicy> networkPolicies = new ArrayList<>();
    private final List<HorizontalPodAutoscaler> autoscalers = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Ingress> ingresses = new ArrayList<>();
    private final List<Secret> secrets = new ArrayList<>();
    private final List<Kafka> kafkas = new ArrayList<>();
    private final List<KafkaNodePool> nodePools = new ArrayList<>();
    private final List<KafkaTopic> topics = new ArrayList<>();
    private final List<KafkaUser> users = new ArrayList<>();
    private final List<ObjectNode> databases = new ArrayList<>();
    private final List<ObjectNode> scheduledBackups = new ArrayList<>();

    private SuitePolicies(Environment environment, Path root) {
        this.environment = environment;
        this.root = root;
    }

    /** Every rule broken by these objects (typed as {@link StrictModels#parse} made them), empty when none. */
    public static List<String> check(List<Object> objects, Environment environment, Path root) {
        SuitePolicies p = new SuitePolicies(environment, root);
        for (Object o : objects) {
            p.sort(o);
        }
        p.deployments.forEach(p::checkDeployment);
        p.checkDefaultDeny();
        p.autoscalers.forEach(p::checkAutoscaler);
        p.secrets.forEach(p::checkSecret);
        p.ingresses.forEach(p::checkIngress);
        p.checkKafka();
        p.checkDatabases();
        return p.violations;
    }

    private void sort(Object o) {
        if (o instanceof Deployment d) {
            deployments.add(d);
        } else if (o instanceof PodDisruptionBudget b) {
            budgets.add(b);
        } else if (o instanceof NetworkPolicy n) {
            networkPolicies.add(n);
        } else if (o instanceof HorizontalPodAutoscaler h) {
            autoscalers.add(h);
        } else if (o instanceof Service s) {
            services.add(s);
        } else if (o instanceof Ingress i) {
            ingresses.add(i);
        } else if (o instanceof Secret s) {
            secrets.add(s);
        } else if (o instanceof Kafka k) {
            kafkas.add(k);
        } else if (o instanceof KafkaNodePool n) {
            nodePools.add(n);
        } else if (o instanceof KafkaTopic t) {
            topics.add(t);
        } else if (o instanceof KafkaUser u) {
            users.add(u);
        } else if (o instanceof ObjectNode tree && "Cluster".equals(Trees.kind(tree))) {
            databases.add(tree);
        } else if (o instanceof ObjectNode tree && "ScheduledBackup".equals(Trees.kind(tree))) {
            scheduledBackups.add(tree);
        }
    }

    private void fail(String object, String rule) {
        violations.add(object + ": " + rule);
    }

    // --- workloads --------------------------------------------------------------------------------------------

    private void checkDeployment(Deployment d) {
        String id = "Deployment/" + d.getMetadata().getName();
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            fail(id, "automountServiceAccountToken must be false");
        }
        PodSecurityContext podSecurity = pod.getSecurityContext();
        if (podSecurity == null || !Boolean.TRUE.equals(podSecurity.getRunAsNonRoot())) {
            fail(id, "securityContext.runAsNonRoot must be true");
        }
        boolean podSeccomp = podSecurity != null && podSecurity.getSeccompProfile() != null
                && "RuntimeDefault".equals(podSecurity.getSeccompProfile().getType());
        if (pod.getTopologySpreadConstraints().stream().noneMatch(t -> "kubernetes.io/hostname".equals(t.getTopologyKey())
                && selects(t.getLabelSelector(), podLabels))) {
            fail(id, "needs a topology spread constraint across nodes (kubernetes.io/hostname) selecting its pods");
        }
        Set<String> tmpVolumes = new TreeSet<>();
        for (Volume v : pod.getVolumes()) {
            if (v.getEmptyDir() != null) {
                tmpVolumes.add(v.getName());
            }
        }
        List<Container> containers = new ArrayList<>(pod.getInitContainers());
        containers.addAll(pod.getContainers());
        for (Container c : pod.getContainers()) {
            if (c.getReadinessProbe() == null || c.getLivenessProbe() == null) {
                fail(id, "container " + c.getName() + " needs a readiness and a liveness probe");
            }
        }
        for (Container c : containers) {
            String cid = id + " container " + c.getName();
            var resources = c.getResources();
            if (resources == null || !resources.getRequests().containsKey("cpu")
                    || !resources.getRequests().containsKey("memory") || !resources.getLimits().containsKey("memory")) {
                fail(cid, "needs requests (cpu, memory) and a memory limit");
            }
            SecurityContext sc = c.getSecurityContext();
            if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                fail(cid, "securityContext.allowPrivilegeEscalation must be false");
            }
            if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
                fail(cid, "securityContext.readOnlyRootFilesystem must be true");
            }
            if (sc == null || sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")) {
                fail(cid, "securityContext.capabilities.drop must contain ALL");
            }
            if (sc != null && Boolean.FALSE.equals(sc.getRunAsNonRoot())) {
                fail(cid, "securityContext.runAsNonRoot must not be false");
            }
            boolean seccomp = podSeccomp || sc != null && sc.getSeccompProfile() != null
                    && "RuntimeDefault".equals(sc.getSeccompProfile().getType());
            if (!seccomp) {
                fail(cid, "seccompProfile must be RuntimeDefault");
            }
            if (c.getVolumeMounts().stream().noneMatch(m -> "/tmp".equals(m.getMountPath())
                    && tmpVolumes.contains(m.getName()))) {
                fail(cid, "needs an emptyDir at /tmp (the root filesystem is read-only)");
            }
            checkImage(cid, c.getImage());
            for (EnvVar env : c.getEnv()) {
                checkEnv(cid, env);
            }
        }
        boolean scaled = autoscalers.stream().anyMatch(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                && d.getMetadata().getName().equals(h.getSpec().getScaleTargetRef().getName()));
        if (!scaled && (d.getSpec().getReplicas() == null || d.getSpec().getReplicas() < 2)) {
            fail(id, "needs two replicas at least, or a HorizontalPodAutoscaler that keeps them");
        }
        if (budgets.stream().noneMatch(b -> selects(b.getSpec().getSelector(), podLabels))) {
            fail(id, "no PodDisruptionBudget selects its pods");
        }
        // its own: it selects this Deployment's pods and no other's, and says who may reach them (Ingress)
        boolean ownPolicy = networkPolicies.stream().anyMatch(n -> selects(n.getSpec().getPodSelector(), podLabels)
                && n.getSpec().getPolicyTypes().contains("Ingress")
                && deployments.stream().filter(other -> other != d).noneMatch(other -> selects(
                        n.getSpec().getPodSelector(), other.getSpec().getTemplate().getMetadata().getLabels())));
        if (!ownPolicy) {
            fail(id, "no NetworkPolicy of its own (selecting its pods only, with Ingress rules) selects its pods");
        }
        checkIngressPorts(id, pod, podLabels);
        if (environment.securedKafka && isKafkaClient(pod)) {
            checkKafkaClient(id, d);
        }
        checkDatabaseClient(id, pod);
    }

    /** Whatever may reach the pods, reaches them on a port their containers serve, never on every port. */
    private void checkIngressPorts(String id, PodSpec pod, Map<String, String> podLabels) {
        Set<String> served = new TreeSet<>();
        for (Container c : pod.getContainers()) {
            c.getPorts().forEach(p -> {
                served.add(String.valueOf(p.getContainerPort()));
                if (p.getName() != null) {
                    served.add(p.getName());
                }
            });
        }
        for (NetworkPolicy n : networkPolicies) {
            if (!selects(n.getSpec().getPodSelector(), podLabels) || n.getSpec().getPodSelector().getMatchLabels().isEmpty()) {
                continue;
            }
            for (var rule : n.getSpec().getIngress()) {
                if (rule.getPorts().isEmpty()) {
                    fail(id, "NetworkPolicy/" + n.getMetadata().getName() + " lets traffic in on every port");
                }
                for (var port : rule.getPorts()) {
                    String p = port.getPort() == null ? "" : port.getPort().getStrVal() != null
                            ? port.getPort().getStrVal() : String.valueOf(port.getPort().getIntVal());
                    if (!served.contains(p)) {
                        fail(id, "NetworkPolicy/" + n.getMetadata().getName() + " opens port " + p
                                + ", which its containers do not serve");
                    }
                }
            }
        }
    }

    private void checkImage(String id, String image) {
        String name = Kustomize.imageName(image);
        String rest = image.substring(name.length());
        if (rest.isEmpty() || ":latest".equals(rest)) {
            fail(id, "image " + image + " needs a fixed tag or digest (not latest)");
        }
    }

    private void checkEnv(String id, EnvVar env) {
        String value = env.getValue();
        if (value == null || value.isEmpty()) {
            return;
        }
        if (SECRET_NAME.matcher(env.getName()).matches() || SECRET_VALUE.matcher(value).matches()) {
            fail(id, "env " + env.getName() + " looks like a secret written in the manifest: take it from a Secret");
        }
    }

    private void checkSecret(Secret s) {
        if (!s.getData().isEmpty() || !s.getStringData().isEmpty()) {
            fail("Secret/" + s.getMetadata().getName(), "a Secret with literal data: create it outside git "
                    + "(deploy/k8s/README.md) or let an operator make it");
        }
    }

    private void checkDefaultDeny() {
        boolean found = networkPolicies.stream().anyMatch(n -> n.getSpec().getPodSelector().getMatchLabels().isEmpty()
                && n.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                && n.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && n.getSpec().getIngress().isEmpty() && n.getSpec().getEgress().isEmpty());
        if (!found) {
            fail("NetworkPolicy", "no default deny (empty podSelector, Ingress and Egress, no rule)");
        }
    }

    private void checkAutoscaler(HorizontalPodAutoscaler h) {
        String id = "HorizontalPodAutoscaler/" + h.getMetadata().getName();
        var target = h.getSpec().getScaleTargetRef();
        if (!"Deployment".equals(target.getKind())
                || deployments.stream().noneMatch(d -> d.getMetadata().getName().equals(target.getName()))) {
            fail(id, "scales " + target.getKind() + "/" + target.getName() + ", which is not here");
        }
        if (h.getSpec().getMinReplicas() == null || h.getSpec().getMinReplicas() < 2) {
            fail(id, "minReplicas must be at least 2 (one replica cannot keep its disruption budget)");
        }
    }

    private void checkIngress(Ingress ingress) {
        String id = "Ingress/" + ingress.getMetadata().getName();
        Set<String> tlsHosts = new TreeSet<>();
        for (IngressTLS tls : ingress.getSpec().getTls()) {
            if (tls.getSecretName() == null) {
                fail(id, "TLS without a certificate secret");
            }
            tlsHosts.addAll(tls.getHosts());
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            if (!tlsHosts.contains(rule.getHost())) {
                fail(id, "host " + rule.getHost() + " is served without TLS");
            }
            if (rule.getHttp() == null) {
                continue;
            }
            for (var path : rule.getHttp().getPaths()) {
                String exposed = path.getPath() == null ? "/" : path.getPath();
                // "/" as a prefix is everything (health and metrics too); "/" exactly is one page (the console's)
                boolean everything = exposed.equals("/") && !"Exact".equals(path.getPathType());
                if ((everything || exposed.startsWith("/q")) && !exposed.equals("/q/openapi")) {
                    fail(id, rule.getHost() + exposed + " exposes health, metrics or more: only /q/openapi may leave the cluster");
                }
                IngressBackend backend = path.getBackend();
                String service = backend.getService() == null ? null : backend.getService().getName();
                Service target = services.stream().filter(s -> s.getMetadata().getName().equals(service)).findFirst()
                        .orElse(null);
                if (target == null) {
                    fail(id, rule.getHost() + path.getPath() + " goes to service " + service + ", which is not here");
                    continue;
                }
                var port = backend.getService().getPort();
                boolean portExists = target.getSpec().getPorts().stream().map(ServicePort.class::cast).anyMatch(p ->
                        port.getName() != null ? port.getName().equals(p.getName())
                                : port.getNumber() != null && port.getNumber().equals(p.getPort()));
                if (!portExists) {
                    fail(id, rule.getHost() + path.getPath() + ": service " + service + " has no such port");
                }
            }
        }
    }

    // --- Kafka ------------------------------------------------------------------------------------------------

    private void checkKafka() {
        if (kafkas.size() != 1) {
            fail("Kafka", "one Kafka cluster expected, found " + kafkas.size());
            return;
        }
        Kafka kafka = kafkas.get(0);
        String cluster = kafka.getMetadata().getName();
        Set<ProcessRoles> roles = new TreeSet<>();
        nodePools.stream().filter(n -> cluster.equals(n.getMetadata().getLabels().get("strimzi.io/cluster")))
                .forEach(n -> roles.addAll(n.getSpec().getRoles()));
        if (!roles.containsAll(List.of(ProcessRoles.CONTROLLER, ProcessRoles.BROKER))) {
            fail("Kafka/" + cluster, "KRaft needs node pools with the controller and broker roles");
        }
        for (KafkaTopic t : topics) {
            if (!cluster.equals(t.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                fail("KafkaTopic/" + t.getMetadata().getName(), "not labelled strimzi.io/cluster=" + cluster);
            }
        }
        for (KafkaUser u : users) {
            if (!cluster.equals(u.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                fail("KafkaUser/" + u.getMetadata().getName(), "not labelled strimzi.io/cluster=" + cluster);
            }
        }
        // automatic topic creation is off: every topic a service consumes or dead-letters to must be declared
        for (Deployment d : deployments) {
            for (String acl : expectedAcls(d.getMetadata().getName())) {
                String topic = acl.startsWith("topic ") ? acl.split(" ")[1] : null;
                if (topic != null && topics.stream().noneMatch(t -> t.getMetadata().getName().equals(topic))) {
                    fail("Deployment/" + d.getMetadata().getName(), "uses topic " + topic
                            + " (application.properties), which is not a KafkaTopic here");
                }
            }
        }
        if (!environment.securedKafka) {
            return;
        }
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        if (number(config.get("default.replication.factor")) < 3 || number(config.get("min.insync.replicas")) < 2) {
            fail("Kafka/" + cluster, "production keeps three replicas of a topic and writes to two at least "
                    + "(default.replication.factor ≥ 3, min.insync.replicas ≥ 2)");
        }
        int brokers = nodePools.stream().filter(n -> n.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(n -> n.getSpec().getReplicas()).sum();
        if (brokers < 3) {
            fail("Kafka/" + cluster, "production needs three brokers at least, found " + brokers);
        }
        for (GenericKafkaListener l : kafka.getSpec().getKafka().getListeners()) {
            if (!l.isTls() || !(l.getAuth() instanceof KafkaListenerAuthenticationScramSha512)) {
                fail("Kafka/" + cluster, "listener " + l.getName() + " must be TLS with SCRAM-SHA-512");
            }
        }
        if (!(kafka.getSpec().getKafka().getAuthorization() instanceof KafkaAuthorizationSimple)) {
            fail("Kafka/" + cluster, "needs simple authorization (ACLs)");
        }
        for (Deployment d : deployments) {
            checkAcls(d.getMetadata().getName());
        }
    }

    /** A pod that is told where Kafka is talks to it (the four services; not the console, which reaches only them). */
    private static boolean isKafkaClient(PodSpec pod) {
        return pod.getContainers().stream().anyMatch(c -> c.getEnv().stream()
                .anyMatch(e -> "KAFKA_BOOTSTRAP_SERVERS".equals(e.getName())));
    }

    /** The service reads its credentials and the cluster CA from what Strimzi made, and speaks SASL_SSL. */
    private void checkKafkaClient(String id, Deployment d) {
        String service = d.getMetadata().getName();
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, EnvVar> env = new java.util.HashMap<>();
        c.getEnv().forEach(e -> env.put(e.getName(), e));
        if (!"SASL_SSL".equals(value(env, "KAFKA_SECURITY_PROTOCOL"))
                || !"SCRAM-SHA-512".equals(value(env, "KAFKA_SASL_MECHANISM"))) {
            fail(id, "Kafka must be SASL_SSL with SCRAM-SHA-512 (KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM)");
        }
        EnvVar jaas = env.get("KAFKA_SASL_JAAS_CONFIG");
        boolean fromUserSecret = jaas != null && jaas.getValueFrom() != null
                && jaas.getValueFrom().getSecretKeyRef() != null
                && service.equals(jaas.getValueFrom().getSecretKeyRef().getName())
                && "sasl.jaas.config".equals(jaas.getValueFrom().getSecretKeyRef().getKey());
        if (!fromUserSecret) {
            fail(id, "KAFKA_SASL_JAAS_CONFIG must come from secret " + service + " (its KafkaUser), key sasl.jaas.config");
        }
        String truststore = value(env, "KAFKA_SSL_TRUSTSTORE_LOCATION");
        String caSecret = kafkas.isEmpty() ? "" : kafkas.get(0).getMetadata().getName() + "-cluster-ca-cert";
        boolean mounted = truststore != null && d.getSpec().getTemplate().getSpec().getVolumes().stream()
                .anyMatch(v -> v.getSecret() != null && caSecret.equals(v.getSecret().getSecretName())
                        && c.getVolumeMounts().stream().anyMatch(m -> m.getName().equals(v.getName())
                                && truststore.startsWith(m.getMountPath() + "/")));
        if (!mounted) {
            fail(id, "KAFKA_SSL_TRUSTSTORE_LOCATION must be a file of the mounted secret " + caSecret);
        }
        if (users.stream().noneMatch(u -> u.getMetadata().getName().equals(service))) {
            fail(id, "no KafkaUser " + service);
        }
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static String value(Map<String, EnvVar> env, String name) {
        return env.containsKey(name) ? env.get(name).getValue() : null;
    }

    /**
     * A service's ACLs are exactly what its configuration uses: write its own topic ({@code <name>-events} of
     * {@code <name>-service}, when that topic exists), read each topic it consumes in its consumer group, write
     * those topics' dead-letter topics. Nothing more: no other service can forge its events.
     */
    private void checkAcls(String service) {
        String id = "KafkaUser/" + service;
        KafkaUser user = users.stream().filter(u -> u.getMetadata().getName().equals(service)).findFirst().orElse(null);
        if (user == null) {
            return; // reported with the Deployment
        }
        if (!(user.getSpec().getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication)) {
            fail(id, "authentication must be scram-sha-512");
        }
        if (!(user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
            fail(id, "authorization must be simple (ACLs)");
            return;
        }
        Set<String> granted = new TreeSet<>();
        for (AclRule rule : simple.getAcls()) {
            String resource;
            if (rule.getResource() instanceof AclRuleTopicResource topic
                    && topic.getPatternType() != AclResourcePatternType.PREFIX) {
                resource = "topic " + topic.getName();
                if (topics.stream().noneMatch(t -> t.getMetadata().getName().equals(topic.getName()))) {
                    fail(id, "ACL on topic " + topic.getName() + ", which is not here");
                }
            } else if (rule.getResource() instanceof AclRuleGroupResource group
                    && group.getPatternType() != AclResourcePatternType.PREFIX) {
                resource = "group " + group.getName();
            } else {
                fail(id, "only literal topic and group ACLs are expected: " + rule.getResource());
                continue;
            }
            List<AclOperation> operations = new ArrayList<>(rule.getOperations());
            if (rule.getOperation() != null) {
                operations.add(rule.getOperation());
            }
            for (AclOperation op : operations) {
                granted.add(resource + " " + op.name());
            }
        }
        Set<String> expected = expectedAcls(service);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(granted);
        Set<String> extra = new TreeSet<>(granted);
        extra.removeAll(expected);
        if (!missing.isEmpty()) {
            fail(id, "missing ACLs " + missing);
        }
        if (!extra.isEmpty()) {
            fail(id, "ACLs beyond what the service uses " + extra);
        }
    }

    Set<String> expectedAcls(String service) {
        Set<String> expected = new TreeSet<>();
        String own = service.replaceFirst("-service$", "") + "-events";
        if (topics.stream().anyMatch(t -> t.getMetadata().getName().equals(own))) {
            expected.add("topic " + own + " WRITE");
            expected.add("topic " + own + " DESCRIBE");
        }
        // the topics the service consumes (platform EventChannels): its group is its name, poison goes to <topic>.dlq
        String consumes = applicationProperties(service).getProperty("sed.events.consumes", "");
        for (String topic : consumes.split(",")) {
            if (topic.isBlank()) {
                continue;
            }
            topic = topic.trim();
            expected.add("topic " + topic + " READ");
            expected.add("topic " + topic + " DESCRIBE");
            expected.add("group " + service + " READ");
            expected.add("topic " + topic + ".dlq WRITE");
            expected.add("topic " + topic + ".dlq DESCRIBE");
        }
        return expected;
    }

    private Properties applicationProperties(String service) {
        Path file = root.resolve(service).resolve("src/main/resources/application.properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("the configuration of " + service + " (" + file + ")", e);
        }
        return p;
    }

    // --- databases --------------------------------------------------------------------------------------------

    private void checkDatabaseClient(String id, PodSpec pod) {
        for (Container c : pod.getContainers()) {
            for (EnvVar env : c.getEnv()) {
                if (!Set.of("DB_USER", "DB_PASSWORD").contains(env.getName())) {
                    continue;
                }
                String secret = env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null ? null
                        : env.getValueFrom().getSecretKeyRef().getName();
                if (secret == null || databases.stream().noneMatch(db -> (Trees.name(db) + "-app").equals(secret))) {
                    fail(id, env.getName() + " must come from the app secret of one of our database clusters");
                }
            }
        }
    }

    private void checkDatabases() {
        for (ObjectNode db : databases) {
            String id = Trees.id(db);
            JsonNode spec = db.path("spec");
            if (!spec.path("monitoring").path("enablePodMonitor").asBoolean(false)) {
                fail(id, "monitoring.enablePodMonitor must be true");
            }
            if (!environment.backups) {
                continue;
            }
            if (spec.path("instances").asInt() < 2) {
                fail(id, "production runs two instances at least (a primary and a standby)");
            }
            if (spec.path("backup").path("barmanObjectStore").isMissingNode()) {
                fail(id, "needs backups to object storage (spec.backup.barmanObjectStore)");
            }
            if (spec.path("backup").path("retentionPolicy").isMissingNode()) {
                fail(id, "needs a backup retention policy");
            }
            if (scheduledBackups.stream().noneMatch(b -> Trees.name(db).equals(b.path("spec").path("cluster")
                    .path("name").asText()))) {
                fail(id, "no ScheduledBackup backs it up");
            }
        }
        for (ObjectNode backup : scheduledBackups) {
            String cluster = backup.path("spec").path("cluster").path("name").asText();
            if (databases.stream().noneMatch(db -> Trees.name(db).equals(cluster))) {
                fail(Trees.id(backup), "backs up cluster " + cluster + ", which is not here");
            }
        }
    }

    // --- selectors --------------------------------------------------------------------------------------------

    /** Whether the selector (matchLabels only; expressions are not used here) selects pods with these labels. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null || !selector.getMatchExpressions().isEmpty()) {
            return false;
        }
        return selector.getMatchLabels().entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
