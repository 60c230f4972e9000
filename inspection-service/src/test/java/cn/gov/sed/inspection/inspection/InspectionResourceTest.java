package cn.gov.sed.inspection.inspection;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.sed.inspection.Fixtures.HEDONG;
import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.as;
import static cn.gov.sed.inspection.Fixtures.equipment;
import static cn.gov.sed.inspection.Fixtures.finding;
import static cn.gov.sed.inspection.Fixtures.inspectionBody;
import static cn.gov.sed.inspection.Fixtures.plannedInspection;
import static cn.gov.sed.inspection.Fixtures.startedInspection;
import static cn.gov.sed.inspection.Fixtures.unit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class InspectionResourceTest {
    /** The smallest PNG: the signature and an IHDR chunk are all the type check reads. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    private static String inspector() {
        return Tokens.inspector(HEPING);
    }

    private static ValidatableResponse addFinding(String inspectionId, Map<String, Object> body) {
        return as(inspector()).body(body).post("/api/v1/inspections/" + inspectionId + "/findings").then();
    }

    private static Map<String, Object> findingBody(String equipmentId, String item) {
        Map<String, Object> body = new HashMap<>();
        body.put("equipmentId", equipmentId);
        body.put("checklistItemCode", item);
        body.put("description", "检查发现问题");
        return body;
    }

    private static int findingCount(String inspectionId) {
        return as(Tokens.city()).get("/api/v1/inspections/" + inspectionId).then().statusCode(200)
                .extract().jsonPath().getList("findings").size();
    }

    @Test
    void anInspectorPlansAnInspectionOfAUnitInTheDistrict() {
        String unitId = unit(HEPING);
        as(inspector()).body(inspectionBody(HEPING, unitId, "JOINT")).post("/api/v1/inspections")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("PLANNED"))
                .body("allowedActions", equalTo(List.of("start")))
                .body("inspectors", hasSize(2))
                .body("inspectors[0].certificateNo", equalTo("津执12010100001"))
                .body("departments", equalTo(List.of("HOUSING")))
                .body("documentNumber", matchesPattern("津市监特指〔20\\d\\d〕\\d{4,}号"))
                .body("plannedAt", equalTo("2026-11-28T09:00:00+08:00"))
                .body("findings", hasSize(0));
    }

    @Test
    void theCityMayInspectAnyDistrict() {
        String unitId = unit(HEDONG);
        as(Tokens.city()).body(inspectionBody(HEDONG, unitId, "COVERT")).post("/api/v1/inspections")
                .then().statusCode(201).body("district", equalTo(HEDONG));
    }

    @Test
    void badPlansAreRejected() {
        String unitId = unit(HEPING);
        Map<String, Object> body = inspectionBody(HEPING, unitId, "ROUTINE");
        body.put("inspectors", List.of(Map.of("name", "李四", "certificateNo", "津执1")));
        as(inspector()).body(body).post("/api/v1/inspections").then().statusCode(400)
                .body("violations.field", hasItem("inspectors"));
        body = inspectionBody(HEPING, unitId, "JOINT");
        body.put("departments", List.of());
        as(inspector()).body(body).post("/api/v1/inspections").then().statusCode(400)
                .body("violations.field", hasItem("departments"));
        body = inspectionBody(HEPING, unitId, "JOINT");
        body.put("departments", List.of("NOPE"));
        as(inspector()).body(body).post("/api/v1/inspections").then().statusCode(400)
                .body("violations.field", hasItem("departments[0]"));
        body = inspectionBody(HEPING, unitId, "SIDEWAYS");
        as(inspector()).body(body).post("/api/v1/inspections").then().statusCode(400);
        body = inspectionBody(HEPING, UUID.randomUUID().toString(), "ROUTINE");
        as(inspector()).body(body).post("/api/v1/inspections").then().statusCode(400)
                .body("violations.field", hasItem("unitId"));
        String hedongUnit = unit(HEDONG);
        as(Tokens.city()).body(inspectionBody(HEPING, hedongUnit, "ROUTINE")).post("/api/v1/inspections").then()
                .statusCode(400).body("violations.field", hasItem("unitId"));
        as(inspector()).body(inspectionBody(HEDONG, hedongUnit, "ROUTINE")).post("/api/v1/inspections").then()
                .statusCode(403);
        as(Tokens.department("HOUSING", HEPING)).body(inspectionBody(HEPING, unitId, "ROUTINE"))
                .post("/api/v1/inspections").then().statusCode(403);
        as(Tokens.city()).queryParam("unitId", unitId).get("/api/v1/inspections").then().body("total", equalTo(0));
    }

    @Test
    void startingMovesToInProgressOnceAndHonoursIfMatch() {
        String id = plannedInspection(HEPING, unit(HEPING));
        as(inspector()).header("If-Match", "\"7\"").body(Map.of("startedAt", "2026-11-28T09:30:00+08:00"))
                .post("/api/v1/inspections/" + id + "/start").then().statusCode(412);
        as(inspector()).body(Map.of("location", "x")).post("/api/v1/inspections/" + id + "/start").then()
                .statusCode(400).body("violations.field", hasItem("startedAt"));
        as(inspector()).header("If-Match", "\"0\"").body(Map.of("startedAt", "2026-11-28T09:30:00+08:00"))
                .post("/api/v1/inspections/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("allowedActions", equalTo(List.of("photos", "findings", "complete")))
                .header("ETag", "\"1\"");
        as(inspector()).body(Map.of("startedAt", "2026-11-28T09:30:00+08:00"))
                .post("/api/v1/inspections/" + id + "/start").then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("currentStatus", equalTo("IN_PROGRESS"))
                .body("allowedActions", equalTo(List.of("photos", "findings", "complete")));
        as(Tokens.inspector(HEDONG)).body(Map.of("startedAt", "2026-11-28T09:30:00+08:00"))
                .post("/api/v1/inspections/" + UUID.randomUUID() + "/start").then().statusCode(404);
    }

    @Test
    void findingsTakeTheItemsDefaultsAndKeepASnapshot() {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        // a city-added item, retired after use: the finding keeps what it said
        String code = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as(Tokens.city()).body(Map.of("code", code, "categories", List.of("3000"), "content", "轿厢照明",
                        "hazardStandard", "轿厢照明失效", "defaultSeverity", "MINOR", "hazardType", "EQUIPMENT_CONDITION"))
                .post("/api/v1/checklist-items").then().statusCode(201);
        addFinding(id, findingBody(lift, code)).statusCode(201)
                .body("severity", equalTo("MINOR"))
                .body("hazardType", equalTo("EQUIPMENT_CONDITION"))
                .body("checklistItem.hazardStandard", equalTo("轿厢照明失效"))
                .body("severityReason", nullValue());
        as(Tokens.city()).post("/api/v1/checklist-items/" + code + "/retire").then().statusCode(200);
        as(Tokens.city()).get("/api/v1/inspections/" + id).then()
                .body("findings[0].checklistItem.content", equalTo("轿厢照明"))
                .body("findings[0].hazardStandard", equalTo("轿厢照明失效"));
        // retired items may no longer be used
        addFinding(id, findingBody(lift, code)).statusCode(400).body("violations.field", hasItem("checklistItemCode"));
        // raising the severity needs a reason
        Map<String, Object> raised = findingBody(lift, "G07");
        raised.put("severity", "GENERAL");
        addFinding(id, raised).statusCode(400).body("violations.field", hasItem("severityReason"));
        raised.put("severityReason", "档案缺失严重");
        raised.put("hazardType", "RESPONSIBILITY");
        addFinding(id, raised).statusCode(201).body("severity", equalTo("GENERAL"))
                .body("checklistItem.defaultSeverity", equalTo("MINOR"))
                .body("hazardType", equalTo("RESPONSIBILITY"));
        assertEquals(2, findingCount(id));
        // each finding changes the inspection: start made it version 1, two findings make it 3
        as(Tokens.city()).get("/api/v1/inspections/" + id).then().header("ETag", "\"3\"");
    }

    @Test
    void aFindingIsReadAtItsLocation() {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        String location = addFinding(id, findingBody(lift, "E02")).statusCode(201).extract().header("Location");
        given().auth().oauth2(Tokens.unit(as(Tokens.city()).get("/api/v1/units/" + unitId).then().extract()
                        .<String>path("uscc"))).get(location).then().statusCode(200)
                .body("checklistItemCode", equalTo("E02")).body("severityLabel", equalTo("重大"));
        as(inspector()).get("/api/v1/inspections/" + id + "/findings/" + UUID.randomUUID()).then().statusCode(404);
        as(Tokens.inspector(HEDONG)).get(location).then().statusCode(404);
        String other = startedInspection(HEPING, unitId);
        as(inspector()).get(location.replace(id, other)).then().statusCode(404);
    }

    @Test
    void findingsMustNameTheUnitsEquipmentAndAnApplicableItem() {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String otherUnitsLift = equipment(unit(HEPING), "3110");
        String planned = plannedInspection(HEPING, unitId);
        addFinding(planned, findingBody(lift, "E01")).statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("currentStatus", equalTo("PLANNED"))
                .body("allowedActions", equalTo(List.of("start")));
        String id = startedInspection(HEPING, unitId);
        addFinding(id, findingBody(otherUnitsLift, "E01")).statusCode(400).body("violations.field", hasItem("equipmentId"));
        addFinding(id, findingBody(UUID.randomUUID().toString(), "E01")).statusCode(400)
                .body("violations.field", hasItem("equipmentId"));
        addFinding(id, findingBody(lift, "NOPE")).statusCode(400).body("violations.field", hasItem("checklistItemCode"));
        addFinding(id, findingBody(lift, "B01")).statusCode(400).body("violations.field", hasItem("checklistItemCode"));
        Map<String, Object> body = findingBody(lift, "E01");
        body.put("photoIds", List.of(UUID.randomUUID().toString()));
        addFinding(id, body).statusCode(400).body("violations.field", hasItem("photoIds[0]"));
        body = findingBody(lift, "E01");
        body.remove("description");
        addFinding(id, body).statusCode(400).body("violations.field", hasItem("description"));
        assertEquals(0, findingCount(id));
        assertEquals(0, findingCount(planned));
    }

    @Test
    void photosAreStoredCheckedAndServed() {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        String photoId = given().auth().oauth2(inspector()).multiPart("file", "door.png", PNG, "image/png")
                .post("/api/v1/inspections/" + id + "/photos").then().statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("size", equalTo(PNG.length))
                .body("sha256", matchesPattern("[0-9a-f]{64}"))
                .extract().path("id");
        byte[] served = given().auth().oauth2(inspector()).get("/api/v1/inspections/" + id + "/photos/" + photoId)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(PNG, served);
        given().auth().oauth2(inspector()).multiPart("file", "notes.txt", "hello".getBytes(), "text/plain")
                .post("/api/v1/inspections/" + id + "/photos").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        given().auth().oauth2(inspector()).multiPart("file", "big.png", big, "image/png")
                .post("/api/v1/inspections/" + id + "/photos").then().statusCode(400);
        given().auth().oauth2(inspector()).get("/api/v1/inspections/" + id + "/photos/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(Tokens.inspector(HEDONG)).get("/api/v1/inspections/" + id + "/photos/" + photoId)
                .then().statusCode(404);
        Map<String, Object> body = findingBody(lift, "E01");
        body.put("photoIds", List.of(photoId));
        addFinding(id, body).statusCode(201).body("photoIds", equalTo(List.of(photoId)));
        String planned = plannedInspection(HEPING, unitId);
        given().auth().oauth2(inspector()).multiPart("file", "door.png", PNG, "image/png")
                .post("/api/v1/inspections/" + planned + "/photos").then().statusCode(409);
    }

    @Test
    void completingIsFinalAndAnInspectionWithoutFindingsCompletes() {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        as(inspector()).post("/api/v1/inspections/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completedAt", matchesPattern(".*\\+08:00"))
                .body("allowedActions", hasSize(0));
        as(inspector()).post("/api/v1/inspections/" + id + "/complete").then().statusCode(409)
                .body("currentStatus", equalTo("COMPLETED"))
                .body("allowedActions", hasSize(0));
        addFinding(id, findingBody(lift, "E01")).statusCode(409);
        String planned = plannedInspection(HEPING, unitId);
        as(inspector()).post("/api/v1/inspections/" + planned + "/complete").then().statusCode(409)
                .body("allowedActions", equalTo(List.of("start")));
    }

    @Test
    void listsAreFilteredAndScoped() {
        String unitId = unit(HEPING);
        String planned = plannedInspection(HEPING, unitId);
        String started = startedInspection(HEPING, unitId);
        as(inspector()).queryParam("unitId", unitId).queryParam("status", "IN_PROGRESS").get("/api/v1/inspections")
                .then().statusCode(200).body("items.id", equalTo(List.of(started)));
        as(inspector()).queryParam("unitId", unitId).queryParam("from", "2026-11-28").queryParam("to", "2026-11-28")
                .queryParam("method", "FOUR_NO_TWO_DIRECT").get("/api/v1/inspections")
                .then().statusCode(200).body("total", equalTo(2));
        as(inspector()).queryParam("unitId", unitId).queryParam("from", "2026-11-29T00:00:00+08:00")
                .get("/api/v1/inspections").then().statusCode(200).body("total", equalTo(0));
        as(inspector()).queryParam("status", "DONE").get("/api/v1/inspections").then().statusCode(400);
        as(inspector()).queryParam("from", "yesterday").get("/api/v1/inspections").then().statusCode(400);
        as(inspector()).queryParam("district", HEDONG).get("/api/v1/inspections").then().statusCode(403);
        as(Tokens.inspector(HEDONG)).queryParam("unitId", unitId).get("/api/v1/inspections").then()
                .body("total", equalTo(0));
        as(Tokens.inspector(HEDONG)).get("/api/v1/inspections/" + planned).then().statusCode(404);
        as(Tokens.department("HOUSING", HEPING)).get("/api/v1/inspections").then().statusCode(403);
    }

    @Test
    void theInstructionNamesTheUnitTheOfficersAndEachFindingsStandard() throws IOException {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String unitName = as(Tokens.city()).get("/api/v1/units/" + unitId).then().extract().path("name");
        String id = startedInspection(HEPING, unitId);
        as(inspector()).get("/api/v1/inspections/" + id + "/instruction.pdf").then().statusCode(409);
        finding(HEPING, id, lift, "E01");
        finding(HEPING, id, lift, "G02");
        String number = as(inspector()).post("/api/v1/inspections/" + id + "/complete").then().statusCode(200)
                .extract().path("documentNumber");
        byte[] pdf = given().auth().oauth2(inspector()).get("/api/v1/inspections/" + id + "/instruction.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        String flat = text.replaceAll("\\s+", "");
        assertTrue(flat.contains("特种设备安全监察指令书"), text);
        assertTrue(flat.contains(unitName), text);
        assertTrue(flat.contains(number), text);
        assertTrue(flat.contains("门锁回路被短接"), text);
        assertTrue(flat.contains("超过定期检验有效期未检验继续使用"), text);
        assertTrue(flat.contains("津执12010100001"), text);
        assertTrue(flat.contains("15日内"), text);
        assertTrue(pdf.length < 2_000_000, "only the glyphs used are embedded: " + pdf.length);
        given().auth().oauth2(Tokens.inspector(HEDONG)).get("/api/v1/inspections/" + id + "/instruction.pdf")
                .then().statusCode(404);
    }
}
