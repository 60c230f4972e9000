package cn.gov.sed.hazard;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.validation.Limits;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * API.md "Limits, hostile input and other tenants (v1.1)", as a careless or hostile caller tries it: over HTTP,
 * on real PostgreSQL and Kafka. Each refused request is followed by a check that nothing changed (the hazard's
 * version, status and plan) and, where it would have published, that no event left.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class HazardAttackTest {
    private static final String D = "120101";
    private static final String FOREIGN = "120102";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KafkaEvents kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaEvents(bootstrap);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    // --- text and lists in bodies --------------------------------------------------------------------------

    @Test
    void aTwoMegabyteResponsiblePersonIsRefusedStoresNothingAndPublishesNoRectificationPlanned() {
        String id = Fixtures.listed(D, Fixtures.uscc(), Severity.GENERAL);
        String inspector = Tokens.inspector(D);
        int version = version(id);
        Map<String, Object> plan = new HashMap<>(Fixtures.plan(5));
        plan.put("responsiblePerson", "x".repeat(2 * 1024 * 1024)); // 2 MB: the body is over 1 MB, 413
        plan(inspector, id, plan).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        unchanged(id, version, "LISTED");
        plan.put("responsiblePerson", "x".repeat(900 * 1024));      // within 1 MB: the field's limit, 400
        plan(inspector, id, plan).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("violations.field", contains("responsiblePerson"));
        unchanged(id, version, "LISTED");

        // a valid plan afterwards: its event is the first and only RectificationPlanned of the hazard (the
        // relay keeps the order of one hazard's events), so the refused ones published nothing
        plan(inspector, id, Fixtures.plan(5)).statusCode(200);
        List<JsonNode> planned = Fixtures.awaitEvents(bootstrap, EventType.RECTIFICATION_PLANNED, id, 1);
        assertEquals(1, planned.size());
        assertEquals("张三", planned.get(0).get("responsiblePerson").asText());
    }

    @Test
    void aPlanFieldOneCharacterOverItsLimitIs400NamingItAndChangesNothing() {
        String id = Fixtures.listed(D, Fixtures.uscc(), Severity.GENERAL);
        String inspector = Tokens.inspector(D);
        int version = version(id);
        Map<String, Object> plan = new HashMap<>(Fixtures.plan(5));
        plan.put("responsiblePerson", "张".repeat(Limits.NAME + 1));
        plan.put("measures", "措".repeat(Limits.TEXT + 1));
        plan.put("contingencyPlan", "预".repeat(Limits.TEXT + 1));
        plan.put("funds", "1".repeat(Limits.NAME + 1));
        plan(inspector, id, plan).statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("contingencyPlan", "funds", "measures", "responsiblePerson"));
        unchanged(id, version, "LISTED");

        Map<String, Object> atTheLimit = new HashMap<>(Fixtures.plan(5));
        atTheLimit.put("responsiblePerson", "张".repeat(Limits.NAME));
        atTheLimit.put("measures", "措".repeat(Limits.TEXT));
        plan(inspector, id, atTheLimit).statusCode(200).body("plan.responsiblePerson", equalTo("张".repeat(Limits.NAME)));
    }

    @Test
    void fundsWithAHugeExponentAre400InsteadOfAnEndlessComputation() {
        String id = Fixtures.listed(D, Fixtures.uscc(), Severity.GENERAL);
        int version = version(id);
        Map<String, Object> plan = new HashMap<>(Fixtures.plan(5));
        plan.put("funds", "1E+999999999");
        plan(Tokens.inspector(D), id, plan).statusCode(400).body("violations.field", contains("funds"));
        unchanged(id, version, "LISTED");
    }

    @Test
    void aReportOverTheLimitsIs400NamingEachFieldAndStoresNothing() {
        String uscc = Fixtures.uscc();
        Map<String, Object> report = new HashMap<>(Map.of("district", D, "unitUscc", uscc, "unitName", "单".repeat(Limits.NAME + 1),
                "equipmentCategory", "3110", "description", "述".repeat(Limits.TEXT + 1),
                "foundAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).toString()));
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON).body(report).post("/api/v1/hazards")
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("description", "unitName"));
        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).get("/api/v1/hazards").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aClassificationReasonOverTheLimitIs400AndPublishesNoRemoval() {
        String id = Fixtures.report(D, Fixtures.uscc());
        int version = version(id);
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON)
                .body(Map.of("specialEquipmentHazard", false, "reason", "因".repeat(Limits.TEXT + 1)))
                .post("/api/v1/hazards/" + id + "/classification").then().statusCode(400)
                .body("violations.field", contains("reason"));
        unchanged(id, version, "REPORTED");
    }

    @Test
    void aRectificationReportWithTwentyThousandEvidenceIdsIs400AndChangesNothing() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.MAJOR);
        String unit = Tokens.unit(uscc);
        plan(unit, id, Fixtures.plan(5)).statusCode(200);
        int version = version(id);
        List<String> evidence = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            evidence.add(UUID.randomUUID().toString());
        }
        report(unit, id, "已整改", evidence).statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("evidence"));
        report(unit, id, "已整改", Collections.nCopies(Limits.IDS + 1, UUID.randomUUID().toString())).statusCode(400)
                .body("violations.field", contains("evidence"));
        report(unit, id, "述".repeat(Limits.TEXT + 1), List.of()).statusCode(400)
                .body("violations.field", hasItem("description"));
        unchanged(id, version, "RECTIFYING");
        given().auth().oauth2(unit).get("/api/v1/hazards/" + id).then().body("reports", empty());
    }

    @Test
    void aVerificationOverTheLimitsIs400AndChangesNothing() {
        String id = pendingVerification(Fixtures.uscc());
        int version = version(id);
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON)
                .body(Map.of("result", "FAILED", "inspector", "王".repeat(Limits.NAME + 1), "comment", "评".repeat(Limits.TEXT + 1),
                        "verifiedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).toString()))
                .post("/api/v1/hazards/" + id + "/verification").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("comment", "inspector"));
        unchanged(id, version, "PENDING_VERIFICATION");
        given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().body("verifications", empty())
                .body("rounds", equalTo(0));
    }

    @Test
    void aMeasureOverItsLimitsIs400NamingEachFieldAndStoresNothing() {
        String title = "超限" + UUID.randomUUID();
        Map<String, Object> measure = new HashMap<>();
        measure.put("title", title + "题".repeat(Limits.NAME));
        measure.put("description", "述".repeat(Limits.TEXT + 1));
        measure.put("kind", "MEASURE");
        measure.put("leadDepartment", "HOUSING");
        measure.put("cooperatingDepartments", Collections.nCopies(Limits.DEPARTMENTS + 1, "EDUCATION"));
        measure.put("district", D);
        measure.put("documentNumber", "号".repeat(101));
        measure.put("addresses", Map.of("checklistItems", Collections.nCopies(51, "G01"),
                "equipmentCategories", Collections.nCopies(51, "3110")));
        given().auth().oauth2(Tokens.districtAdmin(D)).contentType(ContentType.JSON).body(measure).post("/api/v1/measures")
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("addresses.checklistItems", "addresses.equipmentCategories",
                        "cooperatingDepartments", "description", "documentNumber", "title"));
        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("size", 200).get("/api/v1/measures").then()
                .statusCode(200).body("items.title.findAll { it.startsWith('" + title + "') }", empty());
    }

    @Test
    void datesBeyondWhatTheDatabaseHoldsAre400NotA500() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.GENERAL);
        int version = version(id);
        Map<String, Object> plan = new HashMap<>(Fixtures.plan(5));
        plan.put("deadline", "+999999999-12-31");
        plan(Tokens.inspector(D), id, plan).statusCode(400).body("violations.field", contains("deadline"));
        unchanged(id, version, "LISTED");

        Map<String, Object> report = new HashMap<>(Map.of("district", D, "unitUscc", uscc, "unitName", "单位",
                "equipmentCategory", "3110", "description", "远古隐患", "foundAt", "-999999999-01-01T00:00:00Z"));
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON).body(report).post("/api/v1/hazards")
                .then().statusCode(400).body("violations.field", contains("foundAt"));

        String pending = pendingVerification(Fixtures.uscc());
        int pendingVersion = version(pending);
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON)
                .body(Map.of("result", "PASSED", "inspector", "王五", "verifiedAt", "+999999999-12-31T00:00:00Z"))
                .post("/api/v1/hazards/" + pending + "/verification").then().statusCode(400)
                .body("violations.field", contains("verifiedAt"));
        unchanged(pending, pendingVersion, "PENDING_VERIFICATION");

        given().auth().oauth2(Tokens.districtAdmin(D)).contentType(ContentType.JSON)
                .body(Map.of("title", "远期措施", "kind", "MEASURE", "leadDepartment", "HOUSING", "district", D,
                        "dueDate", "+999999999-12-31"))
                .post("/api/v1/measures").then().statusCode(400).body("violations.field", contains("dueDate"));
    }

    // --- other tenants -------------------------------------------------------------------------------------

    @Test
    void anEnforcementActionIsLinkedOnlyToHazardsOfItsOwnUnitAndDistrict() {
        String uscc = Fixtures.uscc();
        String own = Fixtures.listed(D, uscc, Severity.MAJOR);
        String sameUnitOtherDistrict = Fixtures.listed(FOREIGN, uscc, Severity.MAJOR);
        String otherUnitSameDistrict = Fixtures.listed(D, Fixtures.uscc(), Severity.MAJOR);
        UUID actionId = UUID.randomUUID();
        // a district-admin of 120101 acts against its own unit and cites a hazard of 120102 and another unit's
        kafka.send(action(actionId, uscc, List.of(UUID.fromString(sameUnitOtherDistrict), UUID.fromString(own),
                UUID.fromString(otherUnitSameDistrict), UUID.randomUUID())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.districtAdmin(D)).get("/api/v1/hazards/" + own).then()
                        .body("enforcementActions.actionId", contains(actionId.toString()))
                        // the action as shown names only the hazards it is linked to
                        .body("enforcementActions[0].hazardIds", contains(own)));
        // the same event linked the own hazard; the others were ignored in that transaction
        given().auth().oauth2(Tokens.districtAdmin(FOREIGN)).get("/api/v1/hazards/" + sameUnitOtherDistrict).then()
                .statusCode(200).body("enforcementActions", empty());
        given().auth().oauth2(Tokens.districtAdmin(D)).get("/api/v1/hazards/" + otherUnitSameDistrict).then()
                .statusCode(200).body("enforcementActions", empty());
    }

    @Test
    void anEnforcementActionCitingTwentyThousandIdsIsConsideredOnlyForTheFirstFifty() {
        String uscc = Fixtures.uscc();
        String first = Fixtures.listed(D, uscc, Severity.GENERAL);
        String beyond = Fixtures.listed(D, uscc, Severity.GENERAL);
        List<UUID> ids = new ArrayList<>();
        ids.add(UUID.fromString(first));
        for (int i = 1; i < 20_000; i++) {
            ids.add(UUID.randomUUID());
        }
        ids.set(Limits.IDS + 10, UUID.fromString(beyond)); // an own hazard, but past the ones considered
        UUID actionId = UUID.randomUUID();
        kafka.send(action(actionId, uscc, ids));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.districtAdmin(D)).get("/api/v1/hazards/" + first).then()
                        .body("enforcementActions.actionId", contains(actionId.toString()))
                        .body("enforcementActions[0].hazardIds", contains(first)));
        given().auth().oauth2(Tokens.districtAdmin(D)).get("/api/v1/hazards/" + beyond).then()
                .body("enforcementActions", empty());
    }

    @Test
    void aForeignDistrictInABodyOrFilterIs403AndAForeignHazardIs404EvenWithAStaleIfMatch() {
        String foreignHazard = Fixtures.listed(FOREIGN, Fixtures.uscc(), Severity.GENERAL);
        String inspector = Tokens.inspector(D);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("district", FOREIGN, "unitUscc", Fixtures.uscc(), "unitName", "外区单位", "equipmentCategory", "3110",
                        "description", "外区隐患", "foundAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).toString()))
                .post("/api/v1/hazards").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(inspector).queryParam("district", FOREIGN).get("/api/v1/hazards").then().statusCode(403);
        given().auth().oauth2(inspector).queryParam("district", FOREIGN).get("/api/v1/hazard-statistics?groupBy=status")
                .then().statusCode(403);
        Map<String, Object> measure = Map.of("title", "外区措施", "kind", "MEASURE", "leadDepartment", "HOUSING",
                "district", FOREIGN);
        given().auth().oauth2(Tokens.districtAdmin(D)).contentType(ContentType.JSON).body(measure).post("/api/v1/measures")
                .then().statusCode(403);

        int version = version(foreignHazard);
        given().auth().oauth2(inspector).get("/api/v1/hazards/" + foreignHazard).then().statusCode(404);
        given().auth().oauth2(inspector).header("If-Match", "\"999\"").contentType(ContentType.JSON).body(Fixtures.plan(5))
                .put("/api/v1/hazards/" + foreignHazard + "/rectification-plan").then().statusCode(404);
        unchanged(foreignHazard, version, "LISTED");
    }

    // --- paging --------------------------------------------------------------------------------------------

    @Test
    void theLastPossiblePageIsAnEmptyPageNotAnOverflow() {
        Fixtures.listed(D, Fixtures.uscc(), Severity.GENERAL);
        given().auth().oauth2(Tokens.city()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .get("/api/v1/hazards").then().statusCode(200)
                .body("items", empty()).body("page", equalTo(Integer.MAX_VALUE)).body("size", equalTo(200));
        given().auth().oauth2(Tokens.city()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .queryParam("view", "summary").get("/api/v1/hazards").then().statusCode(200).body("items", empty());
        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .get("/api/v1/measures").then().statusCode(200).body("items", empty());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static EnforcementActionTaken action(UUID actionId, String uscc, List<UUID> hazardIds) {
        return new EnforcementActionTaken(D, actionId, UUID.randomUUID(), uscc, "测试单位", EnforcementType.PENALTY,
                "拒不整改", "特种设备安全法第八十四条", "30000.00", "津市监罚〔2026〕9号", hazardIds,
                OffsetDateTime.now(ZoneOffset.ofHours(8)));
    }

    private static ValidatableResponse plan(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/hazards/" + id + "/rectification-plan").then();
    }

    private static ValidatableResponse report(String token, String id, String description, List<String> evidence) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("description", description, "completedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).toString(),
                        "evidence", evidence))
                .post("/api/v1/hazards/" + id + "/rectification-report").then();
    }

    /** A GENERAL hazard with a plan and a report, awaiting the re-inspection. */
    private static String pendingVerification(String uscc) {
        String id = Fixtures.listed(D, uscc, Severity.GENERAL);
        plan(Tokens.unit(uscc), id, Fixtures.plan(5)).statusCode(200);
        report(Tokens.unit(uscc), id, "已整改", List.of()).statusCode(200);
        return id;
    }

    private static int version(String id) {
        return given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().statusCode(200)
                .extract().path("version");
    }

    private static void unchanged(String id, int version, String status) {
        given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().statusCode(200)
                .body("version", equalTo(version)).body("status", equalTo(status))
                .body("history", hasSize(historySize(status)));
    }

    private static int historySize(String status) {
        return switch (status) {
            case "REPORTED" -> 1;
            case "LISTED" -> 2;
            case "RECTIFYING" -> 3;
            default -> 4; // PENDING_VERIFICATION
        };
    }
}
