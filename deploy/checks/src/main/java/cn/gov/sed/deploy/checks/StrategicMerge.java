package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A strategic-merge patch as kustomize applies it to the fields our patches touch: mappings merge key by key, a
 * {@code null} removes a key, {@code $patch: delete} removes a mapping; lists of the core kinds that Kubernetes
 * merges by a key (containers, init containers, env, volumes by name; volume mounts by mount path; container
 * ports by port) merge item by item; every other list, and every list of a custom resource (kustomize has no
 * schema for those), is replaced whole.
 */
final class StrategicMerge {
    /** Kubernetes' patchMergeKey of the lists our patches touch. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "imagePullSecrets", "name");

    private StrategicMerge() {
    }

    static void apply(ObjectNode target, ObjectNode patch, String source) {
        ObjectNode body = patch.deepCopy();
        if (!Trees.kind(patch).isEmpty() && !Trees.kind(patch).equals(Trees.kind(target))) {
            throw new ManifestException(source + ": patch of kind " + Trees.kind(patch) + " on " + Trees.id(target));
        }
        body.remove("apiVersion");
        body.remove("kind");
        ObjectNode metadata = (ObjectNode) body.get("metadata");
        if (metadata != null) {
            metadata.remove("name");
            metadata.remove("namespace");
        }
        boolean builtIn = !Trees.apiVersion(target).contains(".") || Trees.apiVersion(target).contains(".k8s.io/");
        merge(target, body, builtIn, source);
    }

    private static void merge(ObjectNode target, ObjectNode patch, boolean builtIn, String source) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            JsonNode current = target.get(key);
            if (key.startsWith("$")) {
                throw new ManifestException(source + ": directive " + key + " is not supported here");
            }
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && "delete".equals(value.path("$patch").asText())) {
                target.remove(key);
            } else if (value.isObject() && current instanceof ObjectNode object) {
                merge(object, (ObjectNode) value, builtIn, source);
            } else if (value.isArray() && current instanceof ArrayNode list && builtIn && mergeKey(key, list) != null) {
                mergeList(list, (ArrayNode) value, mergeKey(key, list), builtIn, source);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static String mergeKey(String field, ArrayNode current) {
        if ("ports".equals(field)) {
            // a container's ports merge by containerPort; a Service's by port
            return current.size() > 0 && current.get(0).has("containerPort") ? "containerPort" : "port";
        }
        return MERGE_KEYS.get(field);
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String key, boolean builtIn, String source) {
        for (JsonNode item : patch) {
            if (!item.has(key)) {
                throw new ManifestException(source + ": a list item without its merge key '" + key + "': " + item);
            }
            ObjectNode existing = null;
            int index = -1;
            for (int i = 0; i < target.size(); i++) {
                if (target.get(i).path(key).equals(item.get(key))) {
                    existing = (ObjectNode) target.get(i);
                    index = i;
                }
            }
            if ("delete".equals(item.path("$patch").asText())) {
                if (index >= 0) {
                    target.remove(index);
                }
            } else if (existing != null) {
                merge(existing, (ObjectNode) item, builtIn, source);
            } else {
                target.add(item.deepCopy());
            }
        }
    }
}
