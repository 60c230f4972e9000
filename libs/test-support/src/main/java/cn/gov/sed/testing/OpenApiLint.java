package cn.gov.sed.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our rules for a spec that generated clients read (API.md, "The spec as generated clients see it (v1.1)"),
 * checked over the committed specs of all four services together: every operation named (camelCase, a verb
 * first, unique in the suite), one tag, a summary and a description, an explicit security (open ones say
 * {@code security: []}), a Problem body on every 4xx; servers, contact and licence filled; OpenAPI 3.0.x (what
 * the response validator of the tests reads); query parameters typed (a string one says its enum, format, pattern
 * or maximum length); a 201 with its body; lists as named page schemas; no schema named like a generator's own
 * type (LocalDate, OffsetDateTime, UUID …) or after a Java generic (PageResponse…).
 */
public final class OpenApiLint {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** The verbs an operation id may start with; a new one is added here on purpose. */
    static final Set<String> VERBS = Set.of("list", "get", "create", "register", "update", "delete", "report",
            "import", "export", "classify", "plan", "verify", "upload", "add", "retire", "start", "complete", "record",
            "take", "repair", "mark", "submit", "approve", "publish", "retry", "requeue", "discard", "download",
            "change", "patch", "remove", "find", "search", "count", "cancel", "close", "open", "assign", "read");

    /** Schema names that clash with generators' own types, or say a Java generic was scanned. */
    private static final Set<String> RESERVED = Set.of("LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime",
            "ZonedDateTime", "Instant", "UUID", "URI", "URL", "BigDecimal", "BigInteger", "Duration", "Period", "Object",
            "String", "Integer", "Long", "Boolean", "List", "Map", "Date", "File");

    private OpenApiLint() {
    }

    /** The problems found in {@code specs} (service → parsed spec); empty when all rules hold. */
    public static List<String> problems(Map<String, JsonNode> specs) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : specs.entrySet()) {
            String service = entry.getKey();
            JsonNode spec = entry.getValue();
            if (spec.path("servers").size() == 0) {
                problems.add(service + ": no servers");
            }
            if (spec.path("info").path("contact").isMissingNode()) {
                problems.add(service + ": no info.contact");
            }
            if (spec.path("info").path("license").path("name").asText("").isBlank()) {
                problems.add(service + ": no info.license");
            }
            if (!spec.path("openapi").asText("").startsWith("3.0.")) {
                problems.add(service + ": openapi " + spec.path("openapi").asText() + ", not 3.0.x");
            }
            for (Iterator<String> names = spec.path("components").path("schemas").fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (RESERVED.contains(name) || name.startsWith("PageResponse")) {
                    problems.add(service + ": schema " + name + " is named like a generator's type or a Java generic");
                }
            }
            JsonNode responses = spec.path("components").path("responses");
            for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!METHODS.contains(op.getKey())) {
                        continue;
                    }
                    String where = service + " " + op.getKey().toUpperCase() + " " + path.getKey();
                    problems.addAll(operationProblems(where, op.getValue(), responses));
                    if (path.getKey().startsWith("/api/")) {
                        problems.addAll(headerProblems(where, op.getKey(), op.getValue()));
                    }
                    String id = op.getValue().path("operationId").asText("");
                    if (!id.isEmpty()) {
                        String other = ids.putIfAbsent(id, where);
                        if (other != null) {
                            problems.add(where + ": operationId " + id + " is also used by " + other);
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Idempotency-Key on every POST, Location on every 201, typed paging parameters (API.md v1.1). */
    private static List<String> headerProblems(String where, String method, JsonNode operation) {
        List<String> problems = new ArrayList<>();
        boolean idempotencyKey = false;
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            idempotencyKey |= name.equals("Idempotency-Key") && parameter.path("in").asText().equals("header");
            if ((name.equals("page") || name.equals("size")) && parameter.path("in").asText().equals("query")
                    && !parameter.path("schema").path("type").asText().equals("integer")) {
                problems.add(where + ": query parameter " + name + " is not an integer");
            }
            JsonNode schema = parameter.path("schema");
            if (parameter.path("in").asText().equals("query") && schema.path("type").asText("").equals("string")
                    && !schema.has("enum") && !schema.has("format") && !schema.has("pattern") && !schema.has("maxLength")
                    && !schema.has("$ref") && !schema.has("allOf")) {
                problems.add(where + ": query parameter " + name + " is an untyped string (no enum, format, pattern or maxLength)");
            }
        }
        if (method.equals("post") && !idempotencyKey) {
            problems.add(where + ": no Idempotency-Key header parameter");
        }
        JsonNode created = operation.path("responses").path("201");
        if (!created.isMissingNode() && created.path("headers").path("Location").isMissingNode()) {
            problems.add(where + ": 201 without a Location header");
        }
        if (!created.isMissingNode() && created.path("content").size() == 0) {
            problems.add(where + ": 201 without a body schema");
        }
        JsonNode ok = operation.path("responses").path("200").path("content").path("application/json").path("schema");
        if (ok.path("properties").has("items") && ok.path("properties").has("total")) {
            problems.add(where + ": a page answered as an inline schema, not a named <Item>Page");
        }
        return problems;
    }

    private static List<String> operationProblems(String where, JsonNode operation, JsonNode componentResponses) {
        List<String> problems = new ArrayList<>();
        String id = operation.path("operationId").asText("");
        if (id.isEmpty()) {
            problems.add(where + ": no operationId");
        } else if (!id.matches("[a-z][a-zA-Z0-9]+") || !VERBS.contains(id.split("(?=[A-Z])")[0])) {
            problems.add(where + ": operationId " + id + " is not camelCase with a verb first");
        }
        if (operation.path("tags").size() != 1) {
            problems.add(where + ": " + operation.path("tags").size() + " tags, not one");
        }
        if (operation.path("summary").asText("").isBlank()) {
            problems.add(where + ": no summary");
        }
        if (operation.path("description").asText("").isBlank()) {
            problems.add(where + ": no description");
        }
        if (!operation.has("security")) {
            problems.add(where + ": security is not stated (an open operation says security: [])");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (!response.getKey().startsWith("4")) {
                continue;
            }
            JsonNode body = response.getValue();
            String ref = body.path("$ref").asText("");
            if (ref.startsWith("#/components/responses/")) {
                body = componentResponses.path(ref.substring("#/components/responses/".length()));
            }
            String schema = body.path("content").path("application/problem+json").path("schema").path("$ref").asText("");
            if (!schema.equals("#/components/schemas/Problem")) {
                problems.add(where + ": response " + response.getKey() + " has no Problem body");
            }
        }
        return problems;
    }
}
