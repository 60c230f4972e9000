package cn.gov.sed.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps each service's live OpenAPI document equal to the committed {@code docs/openapi/<service>.yaml}, and
 * refuses a change that breaks integrators: a committed path or operation, a schema field or an enum value that
 * disappears. Regenerate after an intended, compatible change with {@code -Dopenapi.write=true}; a breaking one
 * also needs {@code -Dopenapi.allowBreaking=true} (and, per API.md, a /api/v2).
 */
public final class OpenApiContract {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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
                List<String> broken = ApiCompatibility.notAccepted(
                        breakingChanges(YAML.readTree(released.toFile()), live), acceptedAgainstRelease(released));
                if (!broken.isEmpty() && !Boolean.getBoolean("openapi.allowBreaking")) {
                    throw new AssertionError("changes to the public API of " + service + " that break a client of the "
                            + "released v1.0 (" + released + ") and are not among its accepted changes ("
                            + released.getParent().resolve("accepted-changes.txt") + "):\n  " + String.join("\n  ", broken));
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

    /** What a client of {@code before} would lose in {@code after} (see {@link ApiCompatibility}). */
    public static List<String> breakingChanges(JsonNode before, JsonNode after) {
        return ApiCompatibility.breakingChanges(before, after);
    }

    /** The v1.1 tightenings API.md accepts once against the release, one rule a line. */
    static List<String> acceptedAgainstRelease(Path released) throws IOException {
        Path accepted = released.getParent().resolve("accepted-changes.txt");
        return Files.exists(accepted) ? Files.readAllLines(accepted) : List.of();
    }
}
