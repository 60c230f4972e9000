package cn.gov.sed.inspection;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.as;
import static cn.gov.sed.inspection.Fixtures.unitBody;
import static cn.gov.sed.inspection.Fixtures.uscc;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Idempotency-Key, ETag/If-Match and the OpenAPI description, across resources. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ApiDisciplineTest {

    @Test
    void theSameKeyAndBodyReplaysTheFirstAnswerAndCreatesOnce() {
        String code = uscc();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = unitBody(HEPING, code);
        Response first = as(Tokens.districtAdmin(HEPING)).header("Idempotency-Key", key).body(body).post("/api/v1/units");
        first.then().statusCode(201);
        Response again = as(Tokens.districtAdmin(HEPING)).header("Idempotency-Key", key).body(body).post("/api/v1/units");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        assertEquals(1, cn.gov.sed.inspection.Fixtures.unitsMatching(code));
        Map<String, Object> other = unitBody(HEPING, uscc());
        as(Tokens.districtAdmin(HEPING)).header("Idempotency-Key", key).body(other).post("/api/v1/units")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(0, cn.gov.sed.inspection.Fixtures.unitsMatching((String) other.get("uscc")));
    }

    @Test
    void anIdempotentCompletionPublishesOnce() {
        String unitId = Fixtures.unit(HEPING);
        String id = Fixtures.startedInspection(HEPING, unitId);
        String key = UUID.randomUUID().toString();
        as(Tokens.inspector(HEPING)).header("Idempotency-Key", key).post("/api/v1/inspections/" + id + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        as(Tokens.inspector(HEPING)).header("Idempotency-Key", key).post("/api/v1/inspections/" + id + "/complete")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("status", equalTo("COMPLETED"));
    }

    @Test
    void readsCarryTheETagAndStaleWritesAre412() {
        String unitId = Fixtures.unit(HEPING);
        String etag = as(Tokens.city()).get("/api/v1/units/" + unitId).then().statusCode(200).extract().header("ETag");
        assertEquals("\"0\"", etag);
        String equipmentId = Fixtures.equipment(unitId, "3110");
        as(Tokens.city()).get("/api/v1/equipment/" + equipmentId).then().header("ETag", "\"0\"");
        String inspectionId = Fixtures.plannedInspection(HEPING, unitId);
        as(Tokens.city()).get("/api/v1/inspections/" + inspectionId).then().header("ETag", "\"0\"");
        as(Tokens.inspector(HEPING)).header("If-Match", "\"3\"")
                .post("/api/v1/inspections/" + inspectionId + "/complete").then().statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"));
        as(Tokens.city()).get("/api/v1/inspections/" + inspectionId).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void theOpenApiDocumentDescribesOperationsAndTheBearerScheme() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("\"bearer\""))
                .body(containsString("/api/v1/inspections/{id}/complete"))
                .body(containsString("/api/v1/units/{id}/equipment-import"))
                .body(containsString("四不两直"));
    }
}
