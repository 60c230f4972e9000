package cn.gov.sed.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed specs of the four services obey our rules for generated clients (each service's
 * OpenApiContractTest keeps its committed spec equal to what it serves). Plain JUnit: no service starts.
 */
class OpenApiLintTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> SERVICES =
            List.of("inspection-service", "hazard-service", "task-service", "notification-service");

    @Test
    void theCommittedSpecsOfTheSuiteFollowTheRules() throws Exception {
        Map<String, JsonNode> specs = new LinkedHashMap<>();
        for (String service : SERVICES) {
            specs.put(service, YAML.readTree(OpenApiContract.committedSpec(service).toFile()));
        }
        List<String> problems = OpenApiLint.problems(specs);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n  " + String.join("\n  ", problems));
    }

    @Test
    void theLintFindsWhatItLooksFor() throws Exception {
        JsonNode bad = YAML.readTree("""
                openapi: 3.1.0
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: apiV1AGet
                      tags: [x, y]
                      responses:
                        "404": {description: nope}
                  /b:
                    post:
                      operationId: listThings
                      summary: s
                      description: d
                      tags: [x]
                      security: []
                """);
        JsonNode other = YAML.readTree("""
                openapi: 3.1.0
                info: {title: t, version: "1", contact: {name: c}, license: {name: l}}
                servers: [{url: "http://localhost"}]
                paths:
                  /c:
                    get:
                      operationId: listThings
                      summary: s
                      description: d
                      tags: [x]
                      security: []
                """);
        List<String> problems = OpenApiLint.problems(Map.of("a", bad, "b", other));
        assertTrue(problems.stream().anyMatch(p -> p.contains("not camelCase with a verb first")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("2 tags")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("no Problem body")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("security is not stated")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("is also used by")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("a: no servers")), problems.toString());
        assertEquals(0, OpenApiLint.problems(Map.of("b", other)).size());
    }
}
