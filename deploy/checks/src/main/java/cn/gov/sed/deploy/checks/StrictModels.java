package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each rendered object into the typed model of a kept library: fabric8's Kubernetes model for the core kinds,
 * Strimzi's {@code io.strimzi:api} for its custom resources, fabric8's {@code openshift-model-monitoring} for the
 * Prometheus operator's. Strict: Jackson fails on an unknown property, and since
 * both libraries keep unknown fields in an {@code additionalProperties} map instead of failing, every such map in the
 * object graph must be empty. A kind with no model here is refused, except CloudNativePG's, which has no Java model
 * and gets {@link CloudNativePgCheck} instead.
 */
public final class StrictModels {

    /** "apiVersion kind" → its model. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1 ConfigMap", ConfigMap.class),
            Map.entry("v1 Secret", Secret.class),
            Map.entry("v1 Service", Service.class),
            Map.entry("v1 ServiceAccount", ServiceAccount.class),
            Map.entry("v1 Namespace", Namespace.class),
            Map.entry("apps/v1 Deployment", Deployment.class),
            Map.entry("policy/v1 PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1 Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2 Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaUser", KafkaUser.class),
            // the Prometheus operator's kinds, from fabric8's openshift-model-monitoring (the same CRDs upstream)
            Map.entry("monitoring.coreos.com/v1 PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1 PrometheusRule", PrometheusRule.class));

    private StrictModels() {
    }

    /** The object as its typed model (a CloudNativePG object stays a tree, checked field by field). */
    public static Object parse(ObjectNode object) {
        String key = Trees.apiVersion(object) + " " + Trees.kind(object);
        if (CloudNativePgCheck.handles(object)) {
            CloudNativePgCheck.check(object);
            return object;
        }
        Class<?> model = MODELS.get(key);
        if (model == null) {
            throw new ManifestException(Trees.id(object) + ": no typed model for '" + key
                    + "' (add one to StrictModels, or use a supported apiVersion)");
        }
        return read(object, model, Trees.id(object));
    }

    /** The tree as {@code model}, failing on any unknown or mistyped field, with its path. */
    public static <T> T read(JsonNode tree, Class<T> model, String source) {
        T value;
        try {
            value = Yamls.STRICT.treeToValue(tree, model);
        } catch (Exception e) {
            throw new ManifestException(source + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(value, "", unknown, new IdentityHashMap<>());
        if (!unknown.isEmpty()) {
            throw new ManifestException(source + ": unknown field(s) " + String.join(", ", unknown));
        }
        return value;
    }

    /** Walks the model's fields; records every non-empty additionalProperties map with where it was found. */
    private static void unknownFields(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), unknown, seen);
            }
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.") && !type.startsWith("io.strimzi.")) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                Object fieldValue;
                try {
                    field.setAccessible(true);
                    fieldValue = field.get(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                if ("additionalProperties".equals(field.getName()) && fieldValue instanceof Map<?, ?> extra) {
                    for (Object name : extra.keySet()) {
                        unknown.add((path.isEmpty() ? "" : path.substring(1) + ".") + name);
                    }
                } else {
                    unknownFields(fieldValue, path + "." + field.getName(), unknown, seen);
                }
            }
        }
    }
}
