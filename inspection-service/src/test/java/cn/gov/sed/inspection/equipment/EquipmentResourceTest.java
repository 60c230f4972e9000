package cn.gov.sed.inspection.equipment;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static cn.gov.sed.inspection.Fixtures.HEDONG;
import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.as;
import static cn.gov.sed.inspection.Fixtures.equipment;
import static cn.gov.sed.inspection.Fixtures.equipmentBody;
import static cn.gov.sed.inspection.Fixtures.equipmentCode;
import static cn.gov.sed.inspection.Fixtures.legacyCode;
import static cn.gov.sed.inspection.Fixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class EquipmentResourceTest {

    @Test
    void aDistrictAdminRegistersEquipmentWithACurrentCode() {
        String unitId = unit(HEPING);
        String code = equipmentCode("3110");
        Map<String, Object> body = equipmentBody(unitId, "3110", code);
        body.remove("registrationNumber");
        body.remove("nextInspectionDue");
        as(Tokens.districtAdmin(HEPING)).body(body).post("/api/v1/equipment")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("equipmentCode", equalTo(code))
                .body("equipmentCodeFormat", equalTo("CURRENT"))
                .body("district", equalTo(HEPING))
                .body("status", equalTo("IN_USE"))
                .body("registrationNumber", nullValue())
                .body("nextInspectionDue", nullValue());
    }

    @Test
    void aLegacyTwentyDigitCodeIsKeptAsLegacy() {
        String unitId = unit(HEPING);
        as(Tokens.city()).body(equipmentBody(unitId, "4110", legacyCode())).post("/api/v1/equipment")
                .then().statusCode(201).body("equipmentCodeFormat", equalTo("LEGACY"));
    }

    @Test
    void categoriesMustBeRegistrableLeavesAndCodesMustMatch() {
        String unitId = unit(HEPING);
        // a kind, not a leaf
        as(Tokens.city()).body(equipmentBody(unitId, "3000", equipmentCode("3000"))).post("/api/v1/equipment")
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("category"));
        // 7310 安全阀 is an accessory, never registered on its own
        as(Tokens.city()).body(equipmentBody(unitId, "7310", equipmentCode("7310"))).post("/api/v1/equipment")
                .then().statusCode(400).body("violations.field", hasItem("category"));
        as(Tokens.city()).body(equipmentBody(unitId, "9999", equipmentCode("9999"))).post("/api/v1/equipment")
                .then().statusCode(400).body("violations.field", hasItem("category"));
        // an 18-character code of another category
        as(Tokens.city()).body(equipmentBody(unitId, "3110", equipmentCode("3120"))).post("/api/v1/equipment")
                .then().statusCode(400).body("violations.field", hasItem("equipmentCode"));
        Map<String, Object> body = equipmentBody(unitId, "3110", equipmentCode("3110"));
        body.put("usageEnvironment", "MOON");
        as(Tokens.city()).body(body).post("/api/v1/equipment").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));
        body = equipmentBody(unitId, "3110", equipmentCode("3110"));
        body.put("nextInspectionDue", "next year");
        as(Tokens.city()).body(body).post("/api/v1/equipment").then().statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(0, cn.gov.sed.inspection.Fixtures.equipmentCountOf(unitId));
    }

    @Test
    void anUnknownOrForeignUnitIs400() {
        as(Tokens.city()).body(equipmentBody(java.util.UUID.randomUUID().toString(), "3110", equipmentCode("3110")))
                .post("/api/v1/equipment").then().statusCode(400).body("violations.field", hasItem("unitId"));
        String foreign = unit(HEDONG);
        as(Tokens.districtAdmin(HEPING)).body(equipmentBody(foreign, "3110", equipmentCode("3110")))
                .post("/api/v1/equipment").then().statusCode(400).body("violations.field", hasItem("unitId"));
        org.junit.jupiter.api.Assertions.assertEquals(0, cn.gov.sed.inspection.Fixtures.equipmentCountOf(foreign));
    }

    @Test
    void aDuplicateCodeIs409() {
        String unitId = unit(HEPING);
        String code = equipmentCode("3110");
        as(Tokens.city()).body(equipmentBody(unitId, "3110", code)).post("/api/v1/equipment").then().statusCode(201);
        as(Tokens.city()).body(equipmentBody(unitId, "3110", code)).post("/api/v1/equipment")
                .then().statusCode(409).body("type", equalTo("/problems/duplicate"));
        org.junit.jupiter.api.Assertions.assertEquals(1, cn.gov.sed.inspection.Fixtures.equipmentCountOf(unitId));
    }

    @Test
    void updatingChangesItAndHonoursIfMatch() {
        String unitId = unit(HEPING);
        String id = equipment(unitId, "3110");
        String code = as(Tokens.city()).get("/api/v1/equipment/" + id).then().extract().path("equipmentCode");
        Map<String, Object> body = equipmentBody(unitId, "3110", code);
        body.put("status", "STOPPED");
        as(Tokens.districtAdmin(HEPING)).header("If-Match", "\"0\"").body(body).put("/api/v1/equipment/" + id)
                .then().statusCode(200).body("status", equalTo("STOPPED")).header("ETag", "\"1\"");
        body.put("status", "SCRAPPED");
        as(Tokens.districtAdmin(HEPING)).header("If-Match", "\"0\"").body(body).put("/api/v1/equipment/" + id)
                .then().statusCode(412);
        as(Tokens.districtAdmin(HEDONG)).body(body).put("/api/v1/equipment/" + id).then().statusCode(404);
        as(Tokens.city()).get("/api/v1/equipment/" + id).then().body("status", equalTo("STOPPED"));
    }

    @Test
    void filtersIncludeCategoryDescendantsAndOverdueInspections() {
        String unitId = unit(HEPING);
        Map<String, Object> overdue = equipmentBody(unitId, "3110", equipmentCode("3110"));
        overdue.put("nextInspectionDue", LocalDate.now().minusDays(10).toString());
        String overdueId = as(Tokens.city()).body(overdue).post("/api/v1/equipment").then().statusCode(201)
                .extract().path("id");
        String crane = equipment(unitId, "4110");
        as(Tokens.city()).queryParam("unitId", unitId).queryParam("category", "3000").get("/api/v1/equipment")
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(overdueId)));
        as(Tokens.city()).queryParam("unitId", unitId).queryParam("inspectionOverdue", "true")
                .get("/api/v1/equipment").then().statusCode(200).body("items.id", equalTo(java.util.List.of(overdueId)));
        as(Tokens.city()).queryParam("unitId", unitId).queryParam("inspectionOverdue", "false")
                .get("/api/v1/equipment").then().statusCode(200).body("items.id", equalTo(java.util.List.of(crane)));
        as(Tokens.city()).queryParam("unitId", unitId).queryParam("usageEnvironment", "RESIDENTIAL")
                .queryParam("status", "IN_USE").get("/api/v1/equipment").then().statusCode(200).body("total", equalTo(2));
        as(Tokens.city()).queryParam("category", "ZZZZ").get("/api/v1/equipment").then().statusCode(400);
        as(Tokens.city()).queryParam("status", "BROKEN").get("/api/v1/equipment").then().statusCode(400);
        as(Tokens.city()).queryParam("unitId", "nope").get("/api/v1/equipment").then().statusCode(400);
        as(Tokens.inspector(HEDONG)).queryParam("unitId", unitId).get("/api/v1/equipment").then().statusCode(200)
                .body("total", equalTo(0));
        as(Tokens.inspector(HEDONG)).queryParam("district", HEPING).get("/api/v1/equipment").then().statusCode(403);
        as(Tokens.inspector(HEDONG)).get("/api/v1/equipment/" + crane).then().statusCode(404);
        as(Tokens.inspector(HEPING)).queryParam("district", HEPING).queryParam("size", 200)
                .get("/api/v1/equipment").then().statusCode(200).body("items.id", hasItem(crane))
                .body("items.district", not(hasItem(HEDONG)));
    }

    @Test
    void equipmentMovesWithItsUnitsDistrict() {
        String unitId = unit(HEPING);
        String id = equipment(unitId, "3110");
        String uscc = as(Tokens.city()).get("/api/v1/units/" + unitId).then().extract().path("uscc");
        as(Tokens.city()).body(cn.gov.sed.inspection.Fixtures.unitBody(HEDONG, uscc)).put("/api/v1/units/" + unitId)
                .then().statusCode(200);
        as(Tokens.city()).get("/api/v1/equipment/" + id).then().body("district", equalTo(HEDONG));
        as(Tokens.inspector(HEPING)).get("/api/v1/equipment/" + id).then().statusCode(404);
    }

    @Test
    void listsHaveThePagingShape() {
        String unitId = unit(HEPING);
        equipment(unitId, "3110");
        equipment(unitId, "3110");
        as(Tokens.city()).queryParam("unitId", unitId).queryParam("size", 1).queryParam("page", 1)
                .queryParam("sort", "equipmentCode,desc").get("/api/v1/equipment")
                .then().statusCode(200).body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("total", equalTo(2));
    }
}
