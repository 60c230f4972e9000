package cn.gov.sed.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps each service's live OpenAPI document equal to the committed {@code docs/openapi/<service>.yaml}, and
 * refuses a change that breaks integrators: a committed path or operation, a schema field or an enum value that
 * disappears. Regenerate after an intended, compatible change with {@code -Dopenapi.write=true}; a breaking one
 * also needs {@code -Dopenapi.allowBreaking=true} (and, per API.md, a /api/v2).
 */
public final class OpenApiContract {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiContract() {
    }

    public static Path committedSpec(String service) {
        return Tokens.findKeyDir().getParent().getParent().getParent().resolve("docs/openapi/" + service + ".yaml");
    }

    /** Fails (AssertionError) when the live spec breaks or differs from the committed one. */
    public static void check(String service, String liveYaml) {
        Path committed = committedSpec(service);
        try {
            JsonNode live = YAML.readTree(liveYaml);
            // against the release (docs/openapi/released/, v1.0) as well as against the branch's own last spec
            Path released = committed.getParent().resolve("released").resolve(service + ".yaml");
            if (Files.exists(released)) {
                List<String> broken = breakingChanges(YAML.readTree(released.toFile()), live);
                if (!broken.isEmpty() && !Boolean.getBoolean("openapi.allowBreaking")) {
                    throw new AssertionError("changes to the public API of " + service + " that break a client of the "
                            + "released v1.0 (" + released + "):\n  " + String.join("\n  ", broken));
                }
            }
            if (Files.exists(committed)) {
                List<String> broken = breakingChanges(YAML.readTree(committed.toFile()), live);
                if (!broken.isEmpty() && !Boolean.getBoolean("openapi.allowBreaking")) {
                    throw new AssertionError("breaking changes to the public API of " + service + ":\n  "
                            + String.join("\n  ", broken));
                }
            }
            if (Boolean.getBoolean("openapi.write")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, liveYaml);
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError(committed + " is missing: run the test with -Dopenapi.write=true and commit it");
            }
            if (!YAML.readTree(committed.toFile()).equals(live)) {
                throw new AssertionError("the OpenAPI document of " + service + " differs from " + committed
                        + ": regenerate it with -Dopenapi.write=true and commit it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a client of {@code before} would lose in {@code after}. */
    public static List<String> breakingChanges(JsonNode before, JsonNode after) {
        List<String> broken = new ArrayList<>();
        JsonNode oldPaths = before.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = oldPaths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode newPath = after.path("paths").path(path.getKey());
            if (newPath.isMissingNode()) {
                broken.add("path removed: " + path.getKey());
                continue;
            }
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method) && newPath.path(method).isMissingNode()) {
                    broken.add("operation removed: " + method.toUpperCase() + " " + path.getKey());
                }
            });
        }
        compare(before.path("components").path("schemas"), after.path("components").path("schemas"),
                "components.schemas", broken, true);
        compare(oldPaths, after.path("paths"), "paths", broken, false);
        return broken;
    }

    private static void compare(JsonNode before, JsonNode after, String where, List<String> broken, boolean namedSchemas) {
        if (!before.isObject()) {
            return;
        }
        if (after.isMissingNode()) {
            if (namedSchemas) {
                broken.add("schema removed: " + where);
            }
            return;
        }
        JsonNode oldEnum = before.path("enum");
        if (oldEnum.isArray()) {
            for (JsonNode value : oldEnum) {
                boolean kept = false;
                for (JsonNode v : after.path("enum")) {
                    kept |= v.equals(value);
                }
                if (!kept) {
                    broken.add("enum value removed: " + where + " " + value.asText());
                }
            }
        }
        JsonNode oldProperties = before.path("properties");
        if (oldProperties.isObject()) {
            oldProperties.fieldNames().forEachRemaining(name -> {
                if (after.path("properties").path(name).isMissingNode()) {
                    broken.add("field removed: " + where + "." + name);
                }
            });
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> child = it.next();
            if (child.getValue().isObject()) {
                compare(child.getValue(), after.path(child.getKey()), where + "." + child.getKey(), broken,
                        namedSchemas && where.equals("components.schemas"));
            } else if (child.getValue().isArray()) {
                for (int i = 0; i < child.getValue().size(); i++) {
                    compare(child.getValue().get(i), after.path(child.getKey()).path(i), where + "." + child.getKey()
                            + "[" + i + "]", broken, false);
                }
            }
        }
    }
}
