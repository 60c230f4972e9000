package cn.gov.sed.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The breaking-change check (ApiCompatibility) on small documents: each kind found, renames and 3.0/3.1 not. */
class OpenApiContractTest {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** A release as it was served: OpenAPI 3.1, a generated schema name, a $ref with a sibling. */
    private static final String RELEASE = """
            openapi: 3.1.0
            paths:
              /api/v1/hazards:
                get:
                  parameters:
                  - {name: status, in: query, schema: {type: string}}
                  - {name: q, in: query, schema: {type: string}}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/PageResponseHazardView"}
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/ReportRequest"}
                  responses:
                    "201": {description: created}
              /api/v1/statistics:
                get:
                  parameters:
                  - {name: groupBy, in: query, schema: {type: string}}
                  responses:
                    "200": {description: ok}
            components:
              schemas:
                PageResponseHazardView:
                  type: object
                  properties:
                    items: {type: array, items: {$ref: "#/components/schemas/Hazard"}}
                    total: {type: integer, format: int64}
                Hazard:
                  type: object
                  properties:
                    id: {type: string, format: uuid}
                    severity: {$ref: "#/components/schemas/Severity", type: string, description: null until classified}
                    plan: {$ref: "#/components/schemas/Plan"}
                Plan:
                  type: object
                  properties:
                    measures: {type: string}
                Severity: {type: string, enum: [MINOR, GENERAL, MAJOR]}
                ReportRequest:
                  type: object
                  required: [district]
                  properties:
                    district: {type: string}
                    description: {type: string}
            """;

    /** The same API served as 3.0.3 with v1.1 names: a page schema renamed, a nullable reference as allOf. */
    private static final String SAME_AS_30 = """
            openapi: 3.0.3
            paths:
              /api/v1/hazards:
                get:
                  parameters:
                  - {name: status, in: query, schema: {type: string}}
                  - {name: q, in: query, schema: {type: string}}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/HazardPage"}
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/ReportRequest"}
                  responses:
                    "201":
                      description: created
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Hazard"}
              /api/v1/statistics:
                get:
                  parameters:
                  - {name: groupBy, in: query, schema: {type: string}}
                  responses:
                    "200": {description: ok}
            components:
              schemas:
                HazardPage:
                  type: object
                  required: [items, total]
                  properties:
                    items: {type: array, items: {$ref: "#/components/schemas/Hazard"}}
                    total: {type: integer, format: int64}
                Hazard:
                  type: object
                  properties:
                    id: {type: string, format: uuid}
                    severity: {type: string, allOf: [{$ref: "#/components/schemas/Severity"}], description: null until classified}
                    plan: {allOf: [{$ref: "#/components/schemas/Plan"}]}
                    note: {type: string}
                Plan:
                  type: object
                  properties:
                    measures: {type: string}
                Severity: {type: string, enum: [MINOR, GENERAL, MAJOR]}
                ReportRequest:
                  type: object
                  required: [district]
                  properties:
                    district: {type: string}
                    description: {type: string}
            """;

    @Test
    void aRenamedSchemaThe30FormAndAdditionsAreNoBreak() throws Exception {
        assertEquals(List.of(), ApiCompatibility.breakingChanges(yaml.readTree(RELEASE), yaml.readTree(SAME_AS_30)));
    }

    @Test
    void eachKindOfBreakIsFound() throws Exception {
        JsonNode after = yaml.readTree(SAME_AS_30
                .replace("- {name: status, in: query, schema: {type: string}}",
                        "- {name: status, in: query, schema: {type: string, enum: [LISTED, VERIFIED]}}")
                .replace("\n      - {name: q, in: query, schema: {type: string}}", "")
                .replace("- {name: groupBy, in: query, schema: {type: string}}",
                        "- {name: groupBy, in: query, required: true, schema: {type: string}}")
                .replace("required: [district]", "required: [district, description]")
                .replace("plan: {allOf: [{$ref: \"#/components/schemas/Plan\"}]}",
                        "plan: {allOf: [{$ref: \"#/components/schemas/Plan\"}], nullable: true}")
                .replace("id: {type: string, format: uuid}", "id: {type: integer}")
                .replace("enum: [MINOR, GENERAL, MAJOR]", "enum: [GENERAL, MAJOR]")
                .replace("    post:\n", "    put:\n"));
        assertEquals(List.of(
                "parameter-narrowed GET /api/v1/hazards query status: enum [\"LISTED\",\"VERIFIED\"]",
                "parameter-removed GET /api/v1/hazards query q",
                "response-field-changed GET /api/v1/hazards 200.items[].id: string (uuid) → integer",
                "enum-value-removed GET /api/v1/hazards 200.items[].severity MINOR",
                "response-field-nullable GET /api/v1/hazards 200.items[].plan",
                "operation-removed POST /api/v1/hazards",
                "parameter-required GET /api/v1/statistics query groupBy"),
                ApiCompatibility.breakingChanges(yaml.readTree(RELEASE), after));
    }

    @Test
    void aRaisedUpperBoundOrALoweredLowerBoundIsAWideningNotABreak() throws Exception {
        String bounded = RELEASE.replace("- {name: q, in: query, schema: {type: string}}",
                "- {name: q, in: query, schema: {type: string, maxLength: 100, minLength: 2}}");
        JsonNode before = yaml.readTree(bounded);
        assertEquals(List.of(), ApiCompatibility.breakingChanges(before,
                yaml.readTree(bounded.replace("maxLength: 100, minLength: 2", "maxLength: 200, minLength: 1"))));
        assertEquals(List.of("parameter-narrowed GET /api/v1/hazards query q: maxLength 50"),
                ApiCompatibility.breakingChanges(before, yaml.readTree(bounded.replace("maxLength: 100", "maxLength: 50"))));
        assertEquals(List.of("parameter-narrowed GET /api/v1/hazards query q: minLength 3"),
                ApiCompatibility.breakingChanges(before, yaml.readTree(bounded.replace("minLength: 2", "minLength: 3"))));
    }

    @Test
    void aNewRequiredRequestFieldBreaks() throws Exception {
        JsonNode after = yaml.readTree(RELEASE.replace("required: [district]", "required: [district, description]"));
        assertEquals(List.of("request-field-required POST /api/v1/hazards body.description"),
                ApiCompatibility.breakingChanges(yaml.readTree(RELEASE), after));
    }

    @Test
    void acceptedChangesAreRulesWithWildcards() {
        List<String> changes = List.of("parameter-narrowed GET /api/v1/hazards query status: enum [\"LISTED\"]",
                "parameter-required GET /api/v1/statistics query groupBy",
                "response-field-removed GET /api/v1/hazards 200.items[].id");
        List<String> accepted = List.of("# v1.1", "", "parameter-narrowed * query *   # types of query parameters",
                "parameter-required GET /api/v1/statistics query groupBy");
        assertEquals(List.of("response-field-removed GET /api/v1/hazards 200.items[].id"),
                ApiCompatibility.notAccepted(changes, accepted));
    }
}
