package cn.gov.sed.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a client generated from one OpenAPI document would lose or trip over in a later one. Each change is a line
 * {@code <kind> <where>[: detail]}, e.g. {@code parameter-required GET /api/v1/statistics query groupBy}.
 * <p>
 * The two documents are compared operation by operation, with every {@code $ref} followed, so a schema renamed
 * ({@code PageResponseHazardView} → {@code HazardPage}) is no change at all while its content is the same. OpenAPI
 * 3.1 ({@code type: [string, "null"]}, siblings beside {@code $ref}) and 3.0 ({@code nullable: true},
 * {@code allOf: [$ref]}) mean the same here, so a release served as 3.1 compares with its successor served as 3.0.3.
 * <p>
 * Kinds: {@code path-removed}, {@code operation-removed}, {@code parameter-removed}, {@code parameter-required}
 * (optional before, or new and required), {@code parameter-narrowed} (type, format, enum, pattern or bounds of a
 * parameter), {@code request-field-required}, {@code request-field-narrowed} (type, format, enum, pattern, lengths,
 * bounds), {@code response-status-removed}, {@code response-media-removed}, {@code response-field-removed},
 * {@code response-field-changed} (type or format), {@code response-field-nullable}, {@code enum-value-removed}.
 */
public final class ApiCompatibility {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final List<String> NARROWING = List.of("maxLength", "minLength", "maxItems", "minItems",
            "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "pattern");
    private static final int DEPTH = 12;

    private final JsonNode before;
    private final JsonNode after;
    private Set<String> changes = new LinkedHashSet<>();

    private ApiCompatibility(JsonNode before, JsonNode after) {
        this.before = before;
        this.after = after;
    }

    /** The breaking changes from {@code before} to {@code after}, in document order. */
    public static List<String> breakingChanges(JsonNode before, JsonNode after) {
        ApiCompatibility check = new ApiCompatibility(before, after);
        check.paths();
        return new ArrayList<>(check.changes);
    }

    /**
     * The changes not covered by {@code accepted}: lines {@code <kind> <where-glob>} ({@code *} for any text),
     * {@code #} comments and blank lines ignored.
     */
    public static List<String> notAccepted(List<String> changes, List<String> accepted) {
        List<Pattern> rules = accepted.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.replaceAll("\\s+#.*$", ""))
                .map(l -> Pattern.compile(Pattern.quote(l).replace("*", "\\E.*\\Q"))).toList();
        return changes.stream().filter(c -> rules.stream().noneMatch(r -> r.matcher(c).matches())).toList();
    }

    private void paths() {
        for (Iterator<Map.Entry<String, JsonNode>> it = before.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode newPath = after.path("paths").path(path.getKey());
            if (newPath.isMissingNode()) {
                changes.add("path-removed " + path.getKey());
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode newOp = newPath.path(op.getKey());
                if (newOp.isMissingNode()) {
                    changes.add("operation-removed " + where);
                    continue;
                }
                parameters(where, op.getValue(), newOp);
                requestBody(where, op.getValue().path("requestBody"), newOp.path("requestBody"));
                responses(where, op.getValue().path("responses"), newOp.path("responses"));
            }
        }
    }

    private void parameters(String where, JsonNode oldOp, JsonNode newOp) {
        Set<String> seen = new HashSet<>();
        for (JsonNode p : newOp.path("parameters")) {
            JsonNode parameter = resolve(after, p);
            String key = parameter.path("in").asText() + ":" + parameter.path("name").asText().toLowerCase();
            JsonNode old = findParameter(oldOp, key);
            if (old == null) {
                if (parameter.path("required").asBoolean(false)) {
                    changes.add("parameter-required " + where + " " + label(parameter));
                }
                continue;
            }
            seen.add(key);
            if (parameter.path("required").asBoolean(false) && !old.path("required").asBoolean(false)) {
                changes.add("parameter-required " + where + " " + label(parameter));
            }
            String narrowed = narrowing(resolveSchema(before, old.path("schema")), resolveSchema(after, parameter.path("schema")));
            if (narrowed != null) {
                changes.add("parameter-narrowed " + where + " " + label(parameter) + ": " + narrowed);
            }
        }
        for (JsonNode p : oldOp.path("parameters")) {
            JsonNode parameter = resolve(before, p);
            String key = parameter.path("in").asText() + ":" + parameter.path("name").asText().toLowerCase();
            if (!seen.contains(key)) {
                changes.add("parameter-removed " + where + " " + label(parameter));
            }
        }
    }

    /** "query status", "header If-Match": where a parameter is, then its name. */
    private static String label(JsonNode parameter) {
        return parameter.path("in").asText() + " " + parameter.path("name").asText();
    }

    private JsonNode findParameter(JsonNode op, String key) {
        for (JsonNode p : op.path("parameters")) {
            JsonNode parameter = resolve(before, p);
            if ((parameter.path("in").asText() + ":" + parameter.path("name").asText().toLowerCase()).equals(key)) {
                return parameter;
            }
        }
        return null;
    }

    private void requestBody(String where, JsonNode oldBody, JsonNode newBody) {
        if (oldBody.isMissingNode() || newBody.isMissingNode()) {
            return;
        }
        JsonNode oldContent = resolve(before, oldBody).path("content");
        JsonNode newContent = resolve(after, newBody).path("content");
        for (Iterator<String> it = oldContent.fieldNames(); it.hasNext(); ) {
            String media = it.next();
            if (!newContent.path(media).isMissingNode()) {
                request(where + " body", oldContent.path(media).path("schema"), newContent.path(media).path("schema"), 0);
            }
        }
    }

    private void request(String where, JsonNode oldSchema, JsonNode newSchema, int depth) {
        JsonNode old = resolveSchema(before, oldSchema);
        JsonNode now = resolveSchema(after, newSchema);
        if (depth > DEPTH || old.isMissingNode() || now.isMissingNode()) {
            return;
        }
        String narrowed = narrowing(old, now);
        if (narrowed != null) {
            changes.add("request-field-narrowed " + where + ": " + narrowed);
        }
        Set<String> oldRequired = texts(old.path("required"));
        for (String name : texts(now.path("required"))) {
            if (!oldRequired.contains(name)) {
                changes.add("request-field-required " + where + "." + name);
            }
        }
        for (Iterator<String> it = old.path("properties").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            request(where + "." + name, old.path("properties").path(name), now.path("properties").path(name), depth + 1);
        }
        if (!old.path("items").isMissingNode()) {
            request(where + "[]", old.path("items"), now.path("items"), depth + 1);
        }
    }

    private void responses(String where, JsonNode oldResponses, JsonNode newResponses) {
        for (Iterator<Map.Entry<String, JsonNode>> it = oldResponses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (!response.getKey().startsWith("2")) {
                continue; // failures are problems: a client reads their status, not their shape
            }
            JsonNode now = newResponses.path(response.getKey());
            if (now.isMissingNode()) {
                changes.add("response-status-removed " + where + " " + response.getKey());
                continue;
            }
            JsonNode oldContent = resolve(before, response.getValue()).path("content");
            JsonNode newContent = resolve(after, now).path("content");
            for (Iterator<String> media = oldContent.fieldNames(); media.hasNext(); ) {
                String type = media.next();
                if (newContent.path(type).isMissingNode() && type.equals("*/*") && newContent.size() > 0) {
                    continue; // "anything" documented as the types it is: a client of v1.0 took it as bytes anyway
                }
                if (newContent.path(type).isMissingNode()) {
                    changes.add("response-media-removed " + where + " " + response.getKey() + " " + type);
                } else {
                    response(where + " " + response.getKey(), oldContent.path(type).path("schema"),
                            newContent.path(type).path("schema"), 0);
                }
            }
        }
    }

    private void response(String where, JsonNode oldSchema, JsonNode newSchema, int depth) {
        JsonNode old = resolveSchema(before, oldSchema);
        JsonNode now = resolveSchema(after, newSchema);
        if (depth > DEPTH || old.isMissingNode() || type(old).isEmpty() && !old.has("oneOf") && !old.has("anyOf")) {
            return; // an answer documented as "any" before: its client read it untyped, the type is news, not a break
        }
        JsonNode choices = now.has("oneOf") ? now.path("oneOf") : now.path("anyOf");
        if (choices.isArray() && !old.has("oneOf") && !old.has("anyOf")) {
            // now one of several shapes: fine when one of them still gives a client of `old` all it read
            Set<String> outer = changes;
            Set<String> first = null;
            for (JsonNode choice : choices) {
                changes = new LinkedHashSet<>();
                response(where, oldSchema, choice, depth + 1);
                if (changes.isEmpty()) {
                    changes = outer;
                    return;
                }
                first = first == null ? changes : first;
            }
            changes = outer;
            changes.addAll(first);
            return;
        }
        if (!sameType(old, now)) {
            changes.add("response-field-changed " + where + ": " + describe(old) + " → " + describe(now));
            return;
        }
        if (nullable(now) && !nullable(old)) {
            changes.add("response-field-nullable " + where);
        }
        for (JsonNode value : old.path("enum")) {
            if (!contains(now.path("enum"), value) && now.has("enum")) {
                changes.add("enum-value-removed " + where + " " + value.asText());
            }
        }
        for (Iterator<String> it = old.path("properties").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode next = now.path("properties").path(name);
            if (next.isMissingNode()) {
                changes.add("response-field-removed " + where + "." + name);
            } else {
                response(where + "." + name, old.path("properties").path(name), next, depth + 1);
            }
        }
        if (!old.path("items").isMissingNode()) {
            response(where + "[]", old.path("items"), now.path("items"), depth + 1);
        }
    }

    /** What {@code now} refuses that {@code old} accepted, or null. */
    private static String narrowing(JsonNode old, JsonNode now) {
        if (old.isMissingNode() || now.isMissingNode()) {
            return null;
        }
        if (!sameType(old, now)) {
            return describe(old) + " → " + describe(now);
        }
        if (now.has("enum") && (!old.has("enum") || !containsAll(now.path("enum"), old.path("enum")))) {
            return "enum " + now.path("enum");
        }
        for (String keyword : NARROWING) {
            if (now.has(keyword) && !now.path(keyword).equals(old.path(keyword)) && !widens(keyword, old, now)) {
                return keyword + " " + now.path(keyword).asText();
            }
        }
        return null;
    }

    /** A raised upper bound or a lowered lower bound accepts all it accepted before (both numbers: 3.1 style). */
    private static boolean widens(String keyword, JsonNode old, JsonNode now) {
        JsonNode before = old.path(keyword);
        JsonNode after = now.path(keyword);
        if (!before.isNumber() || !after.isNumber()) {
            return false; // a new bound, a pattern, or 3.0's boolean exclusiveMaximum: a change that may refuse
        }
        boolean upper = keyword.startsWith("max") || keyword.equals("exclusiveMaximum");
        int order = after.decimalValue().compareTo(before.decimalValue());
        return upper ? order > 0 : order < 0;
    }

    private static boolean sameType(JsonNode old, JsonNode now) {
        return type(old).equals(type(now)) && old.path("format").asText("").equals(now.path("format").asText(""));
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) { // 3.1: [string, "null"]
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        if (type.isMissingNode() && schema.has("enum")) {
            return "string";
        }
        return type.asText("");
    }

    private static boolean nullable(JsonNode schema) {
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        for (JsonNode t : schema.path("type")) {
            if ("null".equals(t.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode schema) {
        String type = type(schema);
        String format = schema.path("format").asText("");
        return (type.isEmpty() ? "any" : type) + (format.isEmpty() ? "" : " (" + format + ")");
    }

    /** A schema with its $ref followed, a single allOf merged and 3.0/3.1 nullability made alike. */
    private static JsonNode resolveSchema(JsonNode document, JsonNode schema) {
        JsonNode node = schema;
        for (int hops = 0; hops < DEPTH && !node.isMissingNode(); hops++) {
            if (node.has("$ref")) {
                ObjectNode merged = JsonNodeFactory.instance.objectNode();
                merged.setAll((ObjectNode) resolve(document, node));
                node.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref") && !f.getKey().equals("description") && !f.getKey().equals("type")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                node = merged;
            } else if (node.path("allOf").size() == 1) {
                ObjectNode merged = JsonNodeFactory.instance.objectNode();
                merged.setAll((ObjectNode) resolveSchema(document, node.path("allOf").get(0)));
                node.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("allOf") && !f.getKey().equals("description") && !f.getKey().equals("type")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                node = merged;
            } else {
                return node;
            }
        }
        return node;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < DEPTH && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode n : array) {
            if (n.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAll(JsonNode array, JsonNode values) {
        for (JsonNode v : values) {
            if (!contains(array, v)) {
                return false;
            }
        }
        return true;
    }
}
