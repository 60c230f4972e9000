package cn.gov.sed.inspection;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.as;
import static cn.gov.sed.inspection.Fixtures.equipment;
import static cn.gov.sed.inspection.Fixtures.equipmentBody;
import static cn.gov.sed.inspection.Fixtures.equipmentCode;
import static cn.gov.sed.inspection.Fixtures.equipmentCountOf;
import static cn.gov.sed.inspection.Fixtures.inspectionBody;
import static cn.gov.sed.inspection.Fixtures.plannedInspection;
import static cn.gov.sed.inspection.Fixtures.startedInspection;
import static cn.gov.sed.inspection.Fixtures.unit;
import static cn.gov.sed.inspection.Fixtures.unitBody;
import static cn.gov.sed.inspection.Fixtures.unitWithUscc;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API.md "Limits, hostile input and other tenants (v1.1)" for inspection-service, through HTTP on real PostgreSQL
 * and Kafka: every free-text field and every list of a body has a maximum (400 naming the field, nothing stored or
 * published), concurrent creates of one natural key give one 201 and 409s, a unit never sees an unannounced
 * inspection before it starts, and a page beyond the data is empty.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class InspectionAttackTest {
    /** inspection-service publishes all its events (HazardFound, InspectionCompleted, EnforcementActionTaken) here. */
    private static final String TOPIC = EventType.ENFORCEMENT_ACTION_TAKEN.topic();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaEvents kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaEvents(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    /** A text of n characters, Chinese ones: limits count characters, not bytes. */
    private static String text(int n) {
        return "字".repeat(n);
    }

    private static void refusedNaming(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem(field));
    }

    private static long unitTotal() {
        return as(Tokens.city()).get("/api/v1/units").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static int inspectionsOf(String unitId) {
        return as(Tokens.city()).queryParam("unitId", unitId).get("/api/v1/inspections")
                .then().statusCode(200).extract().path("total");
    }

    private static int actionsOf(String unitId) {
        return as(Tokens.city()).queryParam("unitId", unitId).get("/api/v1/enforcement-actions")
                .then().statusCode(200).extract().path("total");
    }

    private static int findingsOf(String inspectionId) {
        return as(Tokens.city()).get("/api/v1/inspections/" + inspectionId).then().statusCode(200)
                .extract().jsonPath().getList("findings").size();
    }

    private static ValidatableResponse takeAction(String unitId, Map<String, Object> body) {
        return as(Tokens.districtAdmin(HEPING)).body(body).post("/api/v1/units/" + unitId + "/enforcement-actions")
                .then();
    }

    private static Map<String, Object> interview(String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "INTERVIEW");
        body.put("reason", reason);
        return body;
    }

    /**
     * Nothing about the unit was published except what came after: a valid action (the marker) is taken after the
     * refused request, and once it is on the topic the unit's key holds only the marker. Events of one unit share
     * a key, so a refused action that had been stored would have been published before the marker.
     */
    private void onlyTheMarkerWasPublishedFor(String unitId) {
        String marker = "marker " + UUID.randomUUID();
        takeAction(unitId, interview(marker)).statusCode(201);
        kafka.awaitRecord(TOPIC, r -> unitId.equals(r.key()) && value(r).contains(marker));
        List<ConsumerRecord<String, byte[]>> ofUnit = kafka.records(TOPIC, r -> unitId.equals(r.key()));
        assertEquals(1, ofUnit.size(), "only the marker was published for the unit");
        assertTrue(value(ofUnit.get(0)).contains(marker));
    }

    private static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    // --- text --------------------------------------------------------------------------------------------------

    @Test
    void aUnitNameOf201CharactersIsRefusedAndNothingIsStored() {
        long before = unitTotal();
        Map<String, Object> body = unitBody(HEPING, Fixtures.uscc());
        body.put("name", text(201));
        refusedNaming(as(Tokens.city()).body(body).post("/api/v1/units").then(), "name");
        assertEquals(before, unitTotal());
    }

    @Test
    void aUnitNameOf200ChineseCharactersIsAccepted() {
        Map<String, Object> body = unitBody(HEPING, Fixtures.uscc());
        body.put("name", text(200));
        as(Tokens.city()).body(body).post("/api/v1/units").then().statusCode(201).body("name", equalTo(text(200)));
    }

    @ParameterizedTest(name = "unit {0} longer than {1} → 400")
    @CsvSource({"uscc,200", "name,200", "district,200", "industry,200", "address,200", "contactName,100",
            "contactPhone,50"})
    void everyTextFieldOfAUnitHasAMaximumLength(String field, int max) {
        long before = unitTotal();
        Map<String, Object> body = unitBody(HEPING, Fixtures.uscc());
        body.put(field, text(max + 1));
        refusedNaming(as(Tokens.city()).body(body).post("/api/v1/units").then(), field);
        assertEquals(before, unitTotal());
    }

    @Test
    void aChangedUnitAddressOf201CharactersIsRefusedAndTheUnitIsUnchanged() {
        String uscc = Fixtures.uscc();
        String id = unitWithUscc(HEPING, uscc);
        Map<String, Object> body = unitBody(HEPING, uscc);
        body.put("address", text(201));
        refusedNaming(as(Tokens.city()).body(body).put("/api/v1/units/" + id).then(), "address");
        as(Tokens.city()).get("/api/v1/units/" + id).then().statusCode(200)
                .body("address", equalTo("天津市和平区南京路1号")).header("ETag", "\"0\"");
    }

    @ParameterizedTest(name = "equipment {0} longer than {1} → 400")
    @CsvSource({"category,200", "equipmentCode,200", "registrationNumber,50", "location,200"})
    void everyTextFieldOfEquipmentHasAMaximumLength(String field, int max) {
        String unitId = unit(HEPING);
        Map<String, Object> body = equipmentBody(unitId, "3110", equipmentCode("3110"));
        body.put(field, text(max + 1));
        refusedNaming(as(Tokens.city()).body(body).post("/api/v1/equipment").then(), field);
        assertEquals(0, equipmentCountOf(unitId));
    }

    @ParameterizedTest(name = "checklist item {0} longer than {1} → 400")
    @CsvSource({"content,500", "hazardStandard,1000", "basis,200", "categories[0],200"})
    void everyTextFieldOfAChecklistItemHasAMaximumLength(String field, int max) {
        String code = "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "categories", List.of("*"), "content", "内容",
                "hazardStandard", "标准", "defaultSeverity", "MINOR", "hazardType", "OTHER"));
        if (field.equals("categories[0]")) {
            body.put("categories", List.of(text(max + 1)));
        } else {
            body.put(field, text(max + 1));
        }
        refusedNaming(as(Tokens.city()).body(body).post("/api/v1/checklist-items").then(), field);
        as(Tokens.city()).get("/api/v1/checklist-items/" + code).then().statusCode(404);
    }

    @ParameterizedTest(name = "inspection {0} longer than {1} → 400")
    @CsvSource({"district,200", "inspectors[0].name,100", "inspectors[0].certificateNo,100", "departments[0],200"})
    void everyTextFieldOfAnInspectionHasAMaximumLength(String field, int max) {
        String unitId = unit(HEPING);
        Map<String, Object> body = inspectionBody(HEPING, unitId, "JOINT");
        switch (field) {
            case "inspectors[0].name" -> body.put("inspectors", List.of(
                    Map.of("name", text(max + 1), "certificateNo", "津执1"), Map.of("name", "王五", "certificateNo", "津执2")));
            case "inspectors[0].certificateNo" -> body.put("inspectors", List.of(
                    Map.of("name", "李四", "certificateNo", text(max + 1)), Map.of("name", "王五", "certificateNo", "津执2")));
            case "departments[0]" -> body.put("departments", List.of(text(max + 1)));
            default -> body.put(field, text(max + 1));
        }
        refusedNaming(as(Tokens.city()).body(body).post("/api/v1/inspections").then(), field);
        assertEquals(0, inspectionsOf(unitId));
    }

    @Test
    void aStartLocationOf201CharactersIsRefusedAndTheInspectionStaysPlanned() {
        String id = plannedInspection(HEPING, unit(HEPING));
        refusedNaming(as(Tokens.inspector(HEPING)).body(Map.of("startedAt", "2026-11-28T09:30:00+08:00",
                "location", text(201))).post("/api/v1/inspections/" + id + "/start").then(), "location");
        as(Tokens.city()).get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("status", equalTo("PLANNED")).body("location", nullValue());
    }

    @ParameterizedTest(name = "finding {0} longer than {1} → 400")
    @CsvSource({"description,2000", "severityReason,1000", "checklistItemCode,200"})
    void everyTextFieldOfAFindingHasAMaximumLength(String field, int max) {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        Map<String, Object> body = new HashMap<>(Map.of("equipmentId", lift, "checklistItemCode", "E01",
                "description", "门锁回路被短接", "severity", "GENERAL", "severityReason", "已当场整改一半"));
        body.put(field, text(max + 1));
        refusedNaming(as(Tokens.inspector(HEPING)).body(body).post("/api/v1/inspections/" + id + "/findings").then(),
                field);
        assertEquals(0, findingsOf(id));
    }

    @Test
    void aRefusedFindingNeverBecomesAHazardWhenTheInspectionCompletes() {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        refusedNaming(as(Tokens.inspector(HEPING)).body(Map.of("equipmentId", lift, "checklistItemCode", "E01",
                "description", text(2001))).post("/api/v1/inspections/" + id + "/findings").then(), "description");
        as(Tokens.inspector(HEPING)).post("/api/v1/inspections/" + id + "/complete").then().statusCode(200);
        ConsumerRecord<String, byte[]> completed = kafka.awaitRecord(TOPIC,
                r -> KafkaEvents.is(r, EventType.INSPECTION_COMPLETED, id));
        assertEquals(0, JsonPath.from(value(completed)).getInt("findingCount"));
        assertTrue(kafka.records(TOPIC, r -> EventType.HAZARD_FOUND.ceType().equals(KafkaEvents.header(r, "ce_type"))
                && value(r).contains(id)).isEmpty(), "no HazardFound of the inspection");
    }

    @ParameterizedTest(name = "enforcement action {0} longer than {1} → 400, nothing published")
    @CsvSource({"reason,2000", "legalBasis,200", "decisionNumber,100", "amount,200"})
    void everyTextFieldOfAnEnforcementActionHasAMaximumLengthAndNothingIsPublished(String field, int max) {
        String unitId = unit(HEPING);
        Map<String, Object> body = new HashMap<>(Map.of("type", "PENALTY", "reason", "门锁回路短接",
                "legalBasis", "《特种设备安全法》第八十四条", "amount", "20000.00", "decisionNumber", "津和市监罚〔2026〕1号"));
        body.put(field, text(max + 1));
        refusedNaming(takeAction(unitId, body), field);
        assertEquals(0, actionsOf(unitId));
        onlyTheMarkerWasPublishedFor(unitId);
    }

    @ParameterizedTest(name = "credit repair {0} longer than {1} → 400, still blacklisted")
    @CsvSource({"reason,2000", "decisionNumber,100"})
    void everyTextFieldOfACreditRepairHasAMaximumLengthAndTheUnitStaysBlacklisted(String field, int max) {
        String unitId = unit(HEPING);
        takeAction(unitId, Map.of("type", "PENALTY", "reason", "处罚", "amount", "10000", "decisionNumber", "罚1"))
                .statusCode(201);
        takeAction(unitId, Map.of("type", "BLACKLIST", "reason", "列入", "decisionNumber", "罚1")).statusCode(201);
        Map<String, Object> body = new HashMap<>(Map.of("reason", "已整改", "decisionNumber", "修复1"));
        body.put(field, text(max + 1));
        refusedNaming(as(Tokens.districtAdmin(HEPING)).body(body).post("/api/v1/units/" + unitId + "/credit-repair")
                .then(), field);
        as(Tokens.city()).get("/api/v1/units/" + unitId).then().statusCode(200).body("blacklisted", equalTo(true));
        assertEquals(2, actionsOf(unitId));
    }

    @Test
    void aFieldOfNearlyOneMegabyteIsRefusedWith400AndNothingIsPublished() {
        String unitId = unit(HEPING);
        refusedNaming(takeAction(unitId, interview("x".repeat(900_000))), "reason");
        assertEquals(0, actionsOf(unitId));
        onlyTheMarkerWasPublishedFor(unitId);
    }

    /**
     * 2 MB in one field: the body is over the 1 MB a JSON body may have (API.md "bodies"), so it is refused with a
     * 413 problem before it is parsed, never a 500, and nothing is stored or published.
     */
    @Test
    void aTwoMegabyteStringInAFieldIsRefusedWith413NotA500AndNothingIsPublished() {
        String unitId = unit(HEPING);
        takeAction(unitId, interview("x".repeat(2 * 1024 * 1024)))
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        assertEquals(0, actionsOf(unitId));
        onlyTheMarkerWasPublishedFor(unitId);
    }

    /** The same 2 MB sent chunked, without a Content-Length: counted while it is read, refused the same way. */
    @Test
    void aTwoMegabyteStringSentChunkedIsRefusedWith413NotA500AndNothingIsStored() throws Exception {
        long before = unitTotal();
        Map<String, Object> body = unitBody(HEPING, Fixtures.uscc());
        body.put("address", "x".repeat(2 * 1024 * 1024));
        byte[] json = new ObjectMapper().writeValueAsBytes(body);
        as(Tokens.city()).body(new ByteArrayInputStream(json)).post("/api/v1/units")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        assertEquals(before, unitTotal());
    }

    // --- lists in bodies ---------------------------------------------------------------------------------------

    @Test
    void aFindingWith51PhotoIdsIsRefusedAndNothingIsStored() {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        List<String> photos = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            photos.add(UUID.randomUUID().toString());
        }
        refusedNaming(as(Tokens.inspector(HEPING)).body(Map.of("equipmentId", lift, "checklistItemCode", "E01",
                "description", "门锁回路被短接", "photoIds", photos)).post("/api/v1/inspections/" + id + "/findings")
                .then(), "photoIds");
        assertEquals(0, findingsOf(id));
    }

    @Test
    void anEnforcementActionWith51HazardIdsIsRefusedAndNothingIsPublished() {
        String unitId = unit(HEPING);
        List<String> hazards = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            hazards.add(UUID.randomUUID().toString());
        }
        Map<String, Object> body = interview("约谈");
        body.put("hazardIds", hazards);
        refusedNaming(takeAction(unitId, body), "hazardIds");
        assertEquals(0, actionsOf(unitId));
        onlyTheMarkerWasPublishedFor(unitId);
    }

    @Test
    void anEnforcementActionWith50HazardIdsIsTaken() {
        String unitId = unit(HEPING);
        List<String> hazards = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            hazards.add(UUID.randomUUID().toString());
        }
        Map<String, Object> body = interview("约谈");
        body.put("hazardIds", hazards);
        takeAction(unitId, body).statusCode(201).body("hazardIds.size()", equalTo(50));
    }

    @Test
    void aNullHazardIdIsRefusedNotA500() {
        String unitId = unit(HEPING);
        Map<String, Object> body = interview("约谈");
        body.put("hazardIds", Arrays.asList(UUID.randomUUID().toString(), null));
        refusedNaming(takeAction(unitId, body), "hazardIds[1]");
        assertEquals(0, actionsOf(unitId));
    }

    @Test
    void anInspectionWith21InspectorsIsRefusedAnd20AreAccepted() {
        String unitId = unit(HEPING);
        Map<String, Object> body = inspectionBody(HEPING, unitId, "SURPRISE");
        List<Map<String, String>> inspectors = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            inspectors.add(Map.of("name", "执法人员" + i, "certificateNo", "津执" + i));
        }
        body.put("inspectors", inspectors);
        refusedNaming(as(Tokens.inspector(HEPING)).body(body).post("/api/v1/inspections").then(), "inspectors");
        assertEquals(0, inspectionsOf(unitId));
        body.put("inspectors", inspectors.subList(0, 20));
        as(Tokens.inspector(HEPING)).body(body).post("/api/v1/inspections").then().statusCode(201)
                .body("inspectors.size()", equalTo(20));
    }

    @Test
    void anInspectionWith31DepartmentsIsRefusedAnd30AreAccepted() {
        String unitId = unit(HEPING);
        Map<String, Object> body = inspectionBody(HEPING, unitId, "JOINT");
        body.put("departments", Collections.nCopies(31, "HOUSING"));
        refusedNaming(as(Tokens.inspector(HEPING)).body(body).post("/api/v1/inspections").then(), "departments");
        assertEquals(0, inspectionsOf(unitId));
        body.put("departments", Collections.nCopies(30, "HOUSING"));
        as(Tokens.inspector(HEPING)).body(body).post("/api/v1/inspections").then().statusCode(201);
    }

    @Test
    void nullInspectorsDepartmentsAndPhotoIdsAreRefusedNotA500() {
        String unitId = unit(HEPING);
        Map<String, Object> body = inspectionBody(HEPING, unitId, "JOINT");
        body.put("inspectors", Arrays.asList(Map.of("name", "李四", "certificateNo", "津执1"), null,
                Map.of("name", "王五", "certificateNo", "津执2")));
        refusedNaming(as(Tokens.inspector(HEPING)).body(body).post("/api/v1/inspections").then(), "inspectors[1]");
        body = inspectionBody(HEPING, unitId, "JOINT");
        body.put("departments", Arrays.asList("HOUSING", null));
        refusedNaming(as(Tokens.inspector(HEPING)).body(body).post("/api/v1/inspections").then(), "departments[1]");
        assertEquals(0, inspectionsOf(unitId));

        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        Map<String, Object> finding = new HashMap<>(Map.of("equipmentId", lift, "checklistItemCode", "E01",
                "description", "门锁回路被短接"));
        finding.put("photoIds", Arrays.asList((String) null));
        refusedNaming(as(Tokens.inspector(HEPING)).body(finding).post("/api/v1/inspections/" + id + "/findings")
                .then(), "photoIds[0]");
        assertEquals(0, findingsOf(id));
    }

    // --- races -------------------------------------------------------------------------------------------------

    /** Fires the same request from 8 threads at once; returns the statuses. */
    private static List<Response> atOnce(Callable<Response> request) throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void oneCreatedTheRestDuplicates(List<Response> responses) {
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one 201: " + statuses);
        assertEquals(responses.size() - 1, statuses.stream().filter(s -> s == 409).count(),
                "the others 409: " + statuses);
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals("/problems/duplicate", r.jsonPath().getString("type")));
    }

    @Test
    void concurrentRegistrationsOfOneUsccGiveOne201AndOnly409Duplicates() throws Exception {
        String uscc = Fixtures.uscc();
        String token = Tokens.city();
        List<Response> responses = atOnce(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(unitBody(HEPING, uscc)).post("/api/v1/units"));
        oneCreatedTheRestDuplicates(responses);
        assertEquals(1L, Fixtures.unitsMatching(uscc));
    }

    @Test
    void concurrentRegistrationsOfOneEquipmentCodeGiveOne201AndOnly409Duplicates() throws Exception {
        String unitId = unit(HEPING);
        String code = equipmentCode("3110");
        String token = Tokens.city();
        List<Response> responses = atOnce(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(equipmentBody(unitId, "3110", code)).post("/api/v1/equipment"));
        oneCreatedTheRestDuplicates(responses);
        assertEquals(1, equipmentCountOf(unitId));
    }

    @Test
    void concurrentChangesOfUnitsToOneUsccGiveOne200AndOnly409Duplicates() throws Exception {
        String uscc = Fixtures.uscc();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(unit(HEPING));
        }
        String token = Tokens.city();
        AtomicInteger next = new AtomicInteger();
        List<Response> responses = atOnce(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(unitBody(HEPING, uscc)).put("/api/v1/units/" + ids.get(next.getAndIncrement())));
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one 200: " + statuses);
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), "the others 409: " + statuses);
        assertEquals(1L, Fixtures.unitsMatching(uscc));
    }

    // --- unannounced inspections -------------------------------------------------------------------------------

    @ParameterizedTest(name = "a {0} inspection stays hidden from its unit until it starts")
    @ValueSource(strings = {"FOUR_NO_TWO_DIRECT", "COVERT", "SURPRISE", "JOINT", "ROUTINE", "SPECIAL"})
    void aUnitNeverSeesItsPlannedInspectionWhateverTheMethod(String method) {
        String uscc = Fixtures.uscc();
        String unitId = unitWithUscc(HEPING, uscc);
        String unitToken = Tokens.unit(uscc);
        String id = as(Tokens.inspector(HEPING)).body(inspectionBody(HEPING, unitId, method))
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");

        as(unitToken).get("/api/v1/inspections/" + id).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        as(unitToken).get("/api/v1/inspections/" + id + "/instruction.pdf").then().statusCode(404);
        as(unitToken).get("/api/v1/inspections").then().statusCode(200).body("total", equalTo(0))
                .body("items", empty());
        as(unitToken).queryParam("status", "PLANNED").get("/api/v1/inspections").then().statusCode(200)
                .body("total", equalTo(0));
        as(unitToken).queryParam("unitId", unitId).get("/api/v1/inspections").then().statusCode(200)
                .body("total", equalTo(0));
        // photos are not for units at all, of any inspection
        as(unitToken).get("/api/v1/inspections/" + id + "/photos/" + UUID.randomUUID()).then().statusCode(403);
        // the district sees it
        as(Tokens.inspector(HEPING)).get("/api/v1/inspections/" + id).then().statusCode(200);
    }

    @Test
    void aUnitSeesItsInspectionOnceItHasStartedAndWhenCompleted() {
        String uscc = Fixtures.uscc();
        String unitId = unitWithUscc(HEPING, uscc);
        String unitToken = Tokens.unit(uscc);
        String planned = plannedInspection(HEPING, unitId);
        String started = startedInspection(HEPING, unitId);
        String completed = startedInspection(HEPING, unitId);
        as(Tokens.inspector(HEPING)).post("/api/v1/inspections/" + completed + "/complete").then().statusCode(200);

        as(unitToken).get("/api/v1/inspections/" + started).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        as(unitToken).get("/api/v1/inspections/" + completed).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        as(unitToken).get("/api/v1/inspections/" + completed + "/instruction.pdf").then().statusCode(200)
                .contentType("application/pdf");
        as(unitToken).get("/api/v1/inspections").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", hasItem(started)).body("items.id", hasItem(completed))
                .body("items.id", not(hasItem(planned)));

        // starting it shows it
        as(unitToken).get("/api/v1/inspections/" + planned).then().statusCode(404);
        as(Tokens.inspector(HEPING)).body(Map.of("startedAt", "2026-11-28T10:00:00+08:00"))
                .post("/api/v1/inspections/" + planned + "/start").then().statusCode(200);
        as(unitToken).get("/api/v1/inspections/" + planned).then().statusCode(200);
    }

    // --- paging ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "GET {0}?page=2147483647&size=200 → empty page")
    @ValueSource(strings = {"/api/v1/units", "/api/v1/equipment", "/api/v1/inspections",
            "/api/v1/enforcement-actions"})
    void aPageFarBeyondTheDataIsEmpty(String path) {
        unit(HEPING); // there is data
        as(Tokens.city()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get(path)
                .then().statusCode(200).body("items", empty()).body("page", equalTo(Integer.MAX_VALUE))
                .body("size", equalTo(200));
    }
}
