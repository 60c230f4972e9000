package cn.gov.sed.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiContractTest {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    private static final String BEFORE = """
            paths:
              /api/v1/hazards:
                get: {summary: list}
                post: {summary: report}
            components:
              schemas:
                Hazard:
                  type: object
                  properties:
                    id: {type: string}
                    severity: {type: string, enum: [MINOR, GENERAL, MAJOR]}
            """;

    @Test
    void addingIsFine() throws Exception {
        JsonNode after = yaml.readTree(BEFORE.replace("post: {summary: report}", "post: {summary: report}\n    put: {summary: x}")
                .replace("id: {type: string}", "id: {type: string}\n        note: {type: string}"));
        assertTrue(OpenApiContract.breakingChanges(yaml.readTree(BEFORE), after).isEmpty());
    }

    @Test
    void removingAPathAFieldOrAnEnumValueBreaks() throws Exception {
        JsonNode after = yaml.readTree(BEFORE.replace("post: {summary: report}", "")
                .replace("id: {type: string}", "").replace("GENERAL, ", ""));
        List<String> broken = OpenApiContract.breakingChanges(yaml.readTree(BEFORE), after);
        assertEquals(List.of("operation removed: POST /api/v1/hazards",
                "field removed: components.schemas.Hazard.id",
                "enum value removed: components.schemas.Hazard.properties.severity GENERAL"), broken);
    }
}
