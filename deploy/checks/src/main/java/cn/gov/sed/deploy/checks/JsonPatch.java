package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON Patch (RFC 6902) as kustomize applies it: add, remove, replace and test. A path that does not exist fails
 * (replace and remove need the member; add needs its parent), as in RFC 6902.
 */
final class JsonPatch {
    private static final Set<String> OPERATIONS = Set.of("add", "remove", "replace", "test");

    private JsonPatch() {
    }

    static void apply(ObjectNode target, ArrayNode operations, String source) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText(null);
            if (!OPERATIONS.contains(op)) {
                throw new ManifestException(source + ": JSON patch operation '" + op + "' is not supported");
            }
            if (path == null || !path.startsWith("/")) {
                throw new ManifestException(source + ": JSON patch path '" + path + "' must start with /");
            }
            List<String> tokens = tokens(path);
            JsonNode parent = target;
            for (String token : tokens.subList(0, tokens.size() - 1)) {
                parent = child(parent, token, source, path);
            }
            String last = tokens.get(tokens.size() - 1);
            JsonNode value = operation.get("value");
            if (!"remove".equals(op) && value == null) {
                throw new ManifestException(source + ": JSON patch '" + op + " " + path + "' has no value");
            }
            switch (op) {
                case "add" -> add(parent, last, value, source, path);
                case "remove" -> remove(parent, last, source, path);
                case "replace" -> {
                    remove(parent, last, source, path);
                    add(parent, last, value, source, path);
                }
                default -> {
                    if (!value.equals(child(parent, last, source, path))) {
                        throw new ManifestException(source + ": JSON patch test failed at " + path);
                    }
                }
            }
        }
    }

    private static List<String> tokens(String path) {
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode child(JsonNode parent, String token, String source, String path) {
        JsonNode child = parent instanceof ArrayNode array ? array.get(index(array, token, false, source, path))
                : parent.get(token);
        if (child == null) {
            throw new ManifestException(source + ": JSON patch path " + path + " does not exist");
        }
        return child;
    }

    private static int index(ArrayNode array, String token, boolean forAdd, String source, String path) {
        if (forAdd && "-".equals(token)) {
            return array.size();
        }
        try {
            int i = Integer.parseInt(token);
            if (i < 0 || i > array.size() || (!forAdd && i == array.size())) {
                throw new ManifestException(source + ": JSON patch index out of range at " + path);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new ManifestException(source + ": JSON patch path " + path + " indexes a list with '" + token + "'");
        }
    }

    private static void add(JsonNode parent, String token, JsonNode value, String source, String path) {
        if (parent instanceof ArrayNode array) {
            array.insert(index(array, token, true, source, path), value.deepCopy());
        } else if (parent instanceof ObjectNode object) {
            object.set(token, value.deepCopy());
        } else {
            throw new ManifestException(source + ": JSON patch path " + path + " goes through a scalar");
        }
    }

    private static void remove(JsonNode parent, String token, String source, String path) {
        if (parent instanceof ArrayNode array) {
            array.remove(index(array, token, false, source, path));
        } else if (parent instanceof ObjectNode object && object.has(token)) {
            object.remove(token);
        } else {
            throw new ManifestException(source + ": JSON patch path " + path + " does not exist");
        }
    }
}
