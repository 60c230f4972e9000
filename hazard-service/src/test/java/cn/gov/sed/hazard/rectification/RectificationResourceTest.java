package cn.gov.sed.hazard.rectification;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class RectificationResourceTest {
    private static final String D = "120106";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static ValidatableResponse plan(String token, String id, Map<String, Object> plan) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(plan)
                .put("/api/v1/hazards/" + id + "/rectification-plan").then();
    }

    static ValidatableResponse report(String token, String id, List<String> evidence) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("description", "门锁已更换，安全回路恢复", "completedAt", now(), "evidence", evidence))
                .post("/api/v1/hazards/" + id + "/rectification-report").then();
    }

    static ValidatableResponse verify(String token, String id, String result) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("result", result, "inspector", "王五", "comment", "复查意见" + result, "verifiedAt", now()))
                .post("/api/v1/hazards/" + id + "/verification").then();
    }

    static ValidatableResponse classify(String token, String id, boolean hazard) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("specialEquipmentHazard", hazard, "severity", "GENERAL", "hazardType", "OTHER", "reason", "不属于特种设备"))
                .post("/api/v1/hazards/" + id + "/classification").then();
    }

    static String attach(String token, String id) {
        return given().auth().oauth2(token).multiPart("file", "evidence.png", Fixtures.png(), "image/png")
                .post("/api/v1/hazards/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("image/png")).body("sha256", notNullValue())
                .extract().path("id");
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).toString();
    }

    @Test
    void theWholeLoopPlanReportFailedReportPassedWithItsEvents() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.GENERAL);
        String unit = Tokens.unit(uscc);
        String inspector = Tokens.inspector(D);

        plan(unit, id, Fixtures.plan(10)).statusCode(200)
                .body("status", equalTo("RECTIFYING"))
                .body("plan.funds", equalTo("20000.00"))
                .body("plan.responsiblePerson", equalTo("张三"))
                .body("deadline", equalTo(LocalDate.now(cn.gov.sed.contracts.vocabulary.Zones.SHANGHAI).plusDays(10).toString()));
        // a revision while rectifying keeps the earlier plan
        Map<String, Object> revised = new HashMap<>(Fixtures.plan(20));
        revised.put("funds", "35000.5");
        plan(inspector, id, revised).statusCode(200)
                .body("status", equalTo("RECTIFYING"))
                .body("plan.funds", equalTo("35000.50"))
                .body("planHistory", hasSize(1))
                .body("planHistory[0].funds", equalTo("20000.00"));
        report(unit, id, List.of()).statusCode(200).body("status", equalTo("PENDING_VERIFICATION"));
        verify(inspector, id, "FAILED").statusCode(200)
                .body("status", equalTo("RECTIFYING")).body("rounds", equalTo(1))
                .body("verifications[0].result", equalTo("FAILED"));
        report(unit, id, List.of(attach(unit, id))).statusCode(200).body("status", equalTo("PENDING_VERIFICATION"))
                .body("reports", hasSize(2));
        verify(inspector, id, "PASSED").statusCode(200)
                .body("status", equalTo("VERIFIED")).body("listed", equalTo(true)).body("closed", equalTo(true))
                .body("verifications", hasSize(2))
                .body("history.to", contains("REPORTED", "LISTED", "RECTIFYING", "RECTIFYING",
                        "PENDING_VERIFICATION", "RECTIFYING", "PENDING_VERIFICATION", "VERIFIED"))
                .body("history[2].actor", equalTo("unit-" + uscc));

        assertEquals(2, Fixtures.awaitEvents(bootstrap, EventType.RECTIFICATION_PLANNED, id, 2).size());
        assertEquals(2, Fixtures.awaitEvents(bootstrap, EventType.RECTIFICATION_SUBMITTED, id, 2).size());
        JsonNode rejected = Fixtures.awaitEvents(bootstrap, EventType.RECTIFICATION_REJECTED, id, 1).get(0);
        assertEquals(1, rejected.get("round").asInt());
        assertEquals(uscc, rejected.get("unitUscc").asText());
        JsonNode verified = Fixtures.awaitEvents(bootstrap, EventType.RECTIFICATION_VERIFIED, id, 1).get(0);
        assertEquals("王五", verified.get("inspector").asText());
        assertEquals("GENERAL", verified.get("severity").asText());
    }

    @Test
    void everyIllegalTransitionIs409WithTheAllowedActions() {
        String uscc = Fixtures.uscc();
        String inspector = Tokens.inspector(D);
        String reported = Fixtures.report(D, uscc);
        illegal(plan(inspector, reported, Fixtures.plan(5)), "REPORTED", List.of("classification"));
        illegal(report(inspector, reported, List.of()), "REPORTED", List.of("classification"));
        illegal(verify(inspector, reported, "PASSED"), "REPORTED", List.of("classification"));

        String listed = Fixtures.listed(D, uscc, Severity.GENERAL);
        illegal(classify(inspector, listed, true), "LISTED", List.of("rectification-plan"));
        illegal(report(inspector, listed, List.of()), "LISTED", List.of("rectification-plan"));
        illegal(verify(inspector, listed, "PASSED"), "LISTED", List.of("rectification-plan"));

        plan(inspector, listed, Fixtures.plan(5)).statusCode(200);
        illegal(classify(inspector, listed, true), "RECTIFYING", List.of("rectification-plan", "rectification-report"));
        illegal(verify(inspector, listed, "PASSED"), "RECTIFYING", List.of("rectification-plan", "rectification-report"));

        report(inspector, listed, List.of()).statusCode(200);
        illegal(plan(inspector, listed, Fixtures.plan(5)), "PENDING_VERIFICATION", List.of("verification"));
        illegal(report(inspector, listed, List.of()), "PENDING_VERIFICATION", List.of("verification"));
        illegal(classify(inspector, listed, true), "PENDING_VERIFICATION", List.of("verification"));

        verify(inspector, listed, "PASSED").statusCode(200);
        illegal(plan(inspector, listed, Fixtures.plan(5)), "VERIFIED", List.of());
        illegal(report(inspector, listed, List.of()), "VERIFIED", List.of());
        illegal(verify(inspector, listed, "PASSED"), "VERIFIED", List.of());

        String minor = Fixtures.listed(D, uscc, Severity.MINOR);
        illegal(plan(inspector, minor, Fixtures.plan(5)), "RECORDED", List.of());

        String removed = Fixtures.report(D, uscc);
        classify(inspector, removed, false).statusCode(200);
        illegal(plan(inspector, removed, Fixtures.plan(5)), "REMOVED", List.of());
        illegal(classify(inspector, removed, true), "REMOVED", List.of());
    }

    private static void illegal(ValidatableResponse response, String status, List<String> allowed) {
        response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/illegal-transition"))
                .body("currentStatus", equalTo(status))
                .body("allowedActions", equalTo(allowed));
    }

    @Test
    void anIncompletePlanIs400WithEveryViolationAndChangesNothing() {
        String id = Fixtures.listed(D, Fixtures.uscc(), Severity.GENERAL);
        String inspector = Tokens.inspector(D);
        int version = given().auth().oauth2(inspector).get("/api/v1/hazards/" + id).then().extract().path("version");

        plan(inspector, id, Map.of("measures", "x")).statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("responsiblePerson"))
                .body("violations.field", hasItem("funds"))
                .body("violations.field", hasItem("deadline"))
                .body("violations.field", hasItem("contingencyPlan"));
        Map<String, Object> past = new HashMap<>(Fixtures.plan(5));
        past.put("deadline", LocalDate.now(cn.gov.sed.contracts.vocabulary.Zones.SHANGHAI).minusDays(1).toString());
        plan(inspector, id, past).statusCode(400).body("violations.field", contains("deadline"));
        Map<String, Object> negative = new HashMap<>(Fixtures.plan(5));
        negative.put("funds", "-100");
        plan(inspector, id, negative).statusCode(400).body("violations.field", contains("funds"));
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body("{\"deadline\": \"not a date\"}")
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));

        given().auth().oauth2(inspector).get("/api/v1/hazards/" + id).then()
                .body("status", equalTo("LISTED")).body("plan", equalTo(null)).body("version", equalTo(version));
    }

    @Test
    void aMajorHazardNeedsEvidenceOfThisHazard() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.MAJOR);
        String unit = Tokens.unit(uscc);
        plan(unit, id, Fixtures.plan(5)).statusCode(200);
        report(unit, id, List.of()).statusCode(400).body("violations.field", contains("evidence"));
        report(unit, id, List.of(UUID.randomUUID().toString())).statusCode(400).body("violations.field", contains("evidence[0]"));
        String other = Fixtures.listed(D, uscc, Severity.MAJOR);
        report(unit, id, List.of(attach(unit, other))).statusCode(400).body("violations.field", contains("evidence[0]"));
        given().auth().oauth2(unit).get("/api/v1/hazards/" + id).then().body("status", equalTo("RECTIFYING"));

        String evidence = attach(unit, id);
        given().auth().oauth2(unit).get("/api/v1/hazards/" + id + "/attachments/" + evidence).then().statusCode(200)
                .contentType("image/png");
        given().auth().oauth2(Tokens.unit(Fixtures.uscc())).get("/api/v1/hazards/" + id + "/attachments/" + evidence)
                .then().statusCode(404);
        report(unit, id, List.of(evidence)).statusCode(200).body("status", equalTo("PENDING_VERIFICATION"))
                .body("reports[0].evidence", contains(evidence));
    }

    @Test
    void anUploadOfAnotherTypeIsRejected() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.GENERAL);
        given().auth().oauth2(Tokens.unit(uscc)).multiPart("file", "notes.txt", "hello".getBytes(), "text/plain")
                .post("/api/v1/hazards/" + id + "/attachments").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));
    }

    @Test
    void removalTellsTheReportingDepartmentWhy() {
        String id = given().auth().oauth2(Tokens.department("HOUSING", null)).contentType(ContentType.JSON)
                .body(Map.of("district", D, "unitUscc", Fixtures.uscc(), "unitName", "某物业", "equipmentCategory", "3110",
                        "description", "小区门禁故障", "foundAt", now()))
                .post("/api/v1/hazards").then().statusCode(201)
                .body("status", equalTo("REPORTED")).body("reportingDepartment", equalTo("HOUSING"))
                .extract().path("id");
        given().auth().oauth2(Tokens.districtAdmin(D)).contentType(ContentType.JSON)
                .body(Map.of("specialEquipmentHazard", false, "reason", "门禁不属于特种设备"))
                .post("/api/v1/hazards/" + id + "/classification").then().statusCode(200)
                .body("status", equalTo("REMOVED")).body("listed", equalTo(false))
                .body("history[1].comment", equalTo("门禁不属于特种设备"));
        JsonNode removed = Fixtures.awaitEvents(bootstrap, EventType.HAZARD_REMOVED, id, 1).get(0);
        assertEquals("门禁不属于特种设备", removed.get("reason").asText());
        assertEquals("HOUSING", removed.get("reportingDepartment").asText());
        assertEquals(D, removed.get("district").asText());

        given().auth().oauth2(Tokens.districtAdmin(D)).contentType(ContentType.JSON)
                .body(Map.of("specialEquipmentHazard", false))
                .post("/api/v1/hazards/" + Fixtures.report(D, Fixtures.uscc()) + "/classification").then()
                .statusCode(400).body("violations.field", contains("reason"));
    }

    @Test
    void aClassifiedReportIsRegisteredWithItsSeverity() {
        String id = Fixtures.listed(D, Fixtures.uscc(), Severity.MAJOR);
        JsonNode registered = Fixtures.awaitEvents(bootstrap, EventType.HAZARD_REGISTERED, id, 1).get(0);
        assertEquals("MAJOR", registered.get("severity").asText());
        assertEquals("DEPARTMENT_REPORT", registered.get("source").asText());
        assertEquals("MARKET_SUPERVISION", registered.get("reportingDepartment").asText());
    }

    @Test
    void aStaleIfMatchIs412AndAFreshOneIsAccepted() {
        String id = Fixtures.listed(D, Fixtures.uscc(), Severity.GENERAL);
        String inspector = Tokens.inspector(D);
        String etag = given().auth().oauth2(inspector).get("/api/v1/hazards/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(inspector).header("If-Match", "\"999\"").contentType(ContentType.JSON).body(Fixtures.plan(5))
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"));
        given().auth().oauth2(inspector).get("/api/v1/hazards/" + id).then().body("status", equalTo("LISTED"));
        String newTag = given().auth().oauth2(inspector).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Fixtures.plan(5)).put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200)
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newTag);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRejectsAnotherBody() {
        String id = Fixtures.listed(D, Fixtures.uscc(), Severity.GENERAL);
        String inspector = Tokens.inspector(D);
        plan(inspector, id, Fixtures.plan(5)).statusCode(200);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("description", "已整改", "completedAt", now(), "evidence", List.of());
        String first = given().auth().oauth2(inspector).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/hazards/" + id + "/rectification-report").then().statusCode(200)
                .body("status", equalTo("PENDING_VERIFICATION")).extract().asString();
        String replay = given().auth().oauth2(inspector).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/hazards/" + id + "/rectification-report").then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, replay);
        given().auth().oauth2(inspector).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("description", "别的内容", "completedAt", now()))
                .post("/api/v1/hazards/" + id + "/rectification-report").then().statusCode(422);
        given().auth().oauth2(inspector).get("/api/v1/hazards/" + id).then().body("reports", hasSize(1));
    }

    @Test
    void onlyTheDistrictsInspectorVerifiesAndOnlyOwnersPlan() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.GENERAL);
        plan(Tokens.city(), id, Fixtures.plan(5)).statusCode(403);
        plan(Tokens.department("HOUSING", null), id, Fixtures.plan(5)).statusCode(403);
        plan(Tokens.unit(Fixtures.uscc()), id, Fixtures.plan(5)).statusCode(404);
        plan(Tokens.inspector("120110"), id, Fixtures.plan(5)).statusCode(404);
        plan(Tokens.districtAdmin(D), id, Fixtures.plan(5)).statusCode(200);
        report(Tokens.unit(uscc), id, List.of()).statusCode(200);
        verify(Tokens.districtAdmin(D), id, "PASSED").statusCode(403);
        verify(Tokens.unit(uscc), id, "PASSED").statusCode(403);
        verify(Tokens.inspector("120110"), id, "PASSED").statusCode(404);
        given().auth().oauth2(Tokens.inspector(D)).get("/api/v1/hazards/" + id).then().body("status", equalTo("PENDING_VERIFICATION"))
                .body("verifications", empty());
    }
}
