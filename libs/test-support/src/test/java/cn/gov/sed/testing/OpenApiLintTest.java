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

    /** The parser openapi-generator and the response validator read the specs with finds nothing wrong either. */
    @Test
    void theGeneratorsParserReadsEachSpecWithoutAMessage() throws Exception {
        for (String service : SERVICES) {
            io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
            options.setResolve(true);
            io.swagger.v3.parser.core.models.SwaggerParseResult result = new io.swagger.v3.parser.OpenAPIV3Parser()
                    .readContents(java.nio.file.Files.readString(OpenApiContract.committedSpec(service)), null, options);
            assertTrue(result.getOpenAPI() != null && (result.getMessages() == null || result.getMessages().isEmpty()),
                    service + ": " + result.getMessages());
        }
    }

    @Test
    void theLintFindsWhatItLooksFor() throws Exception {
        JsonNode bad = YAML.readTree("""
                openapi: 3.1.0
                info: {title: t, version: "1"}
                paths:
                  /api/a:
                    get:
                      operationId: apiV1AGet
                      tags: [x, y]
                      parameters:
                      - {name: status, in: query, schema: {type: string}}
                      responses:
                        "404": {description: nope}
                        "201": {description: made}
                  /b:
                    post:
                      operationId: listThings
                      summary: s
                      description: d
                      tags: [x]
                      security: []
                components:
                  schemas:
                    UUID: {type: string, format: uuid}
                    PageResponseThing: {type: object}
                """);
        JsonNode other = YAML.readTree("""
                openapi: 3.0.3
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
        assertTrue(problems.stream().anyMatch(p -> p.contains("a: openapi 3.1.0, not 3.0.x")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("query parameter status is an untyped string")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("201 without a body schema")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("schema UUID is named like")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("schema PageResponseThing is named like")), problems.toString());
        assertEquals(0, OpenApiLint.problems(Map.of("b", other)).size());
    }
}
