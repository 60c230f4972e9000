package cn.gov.sed.inspection.checklist;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ChecklistResourceTest {

    private static Map<String, Object> itemBody(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("categories", List.of("3300"));
        body.put("content", "扶梯梳齿板");
        body.put("hazardStandard", "梳齿板缺齿或损坏仍继续使用");
        body.put("defaultSeverity", "GENERAL");
        body.put("hazardType", "EQUIPMENT_CONDITION");
        body.put("basis", "TSG T7005");
        return body;
    }

    private static String newCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theSeededCatalogueIsOpenAndComplete() {
        given().get("/api/v1/checklist-items").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(32))
                .body("find { it.code == 'E01' }.hazardStandard", equalTo("门锁回路被短接"))
                .body("find { it.code == 'E01' }.categories", equalTo(List.of("3100", "3200")))
                .body("find { it.code == 'E01' }.defaultSeverity", equalTo("MAJOR"))
                .body("find { it.code == 'E01' }.hazardType", equalTo("EQUIPMENT_CONDITION"))
                .body("find { it.code == 'E01' }.basis", equalTo("GB 45067-2024"))
                .body("find { it.code == 'E01' }.retired", equalTo(false));
    }

    @Test
    void aCategoryGetsItsOwnItsAncestorsAndTheGeneralItems() {
        given().queryParam("category", "3110").get("/api/v1/checklist-items").then().statusCode(200)
                .body("code", hasItems("G01", "G03", "G17", "E01", "E02"))
                .body("code", not(hasItem("E03")))
                .body("code", not(hasItem("B01")))
                .body("code", not(hasItem("G16")));
        given().queryParam("category", "ZZZZ").get("/api/v1/checklist-items").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));
    }

    @Test
    void theCityAddsAndRetiresItems() {
        String code = newCode();
        as(Tokens.city()).body(itemBody(code)).post("/api/v1/checklist-items").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/checklist-items/" + code))
                .body("code", equalTo(code)).body("retired", equalTo(false));
        given().queryParam("category", "3310").get("/api/v1/checklist-items").then().body("code", hasItem(code));
        as(Tokens.city()).body(itemBody(code)).post("/api/v1/checklist-items").then().statusCode(409)
                .body("type", equalTo("/problems/duplicate"));
        as(Tokens.city()).post("/api/v1/checklist-items/" + code + "/retire").then().statusCode(200)
                .body("retired", equalTo(true));
        given().get("/api/v1/checklist-items/" + code).then().statusCode(200).body("retired", equalTo(true));
        as(Tokens.city()).post("/api/v1/checklist-items/NOPE-" + code + "/retire").then().statusCode(404);
    }

    @Test
    void badItemsAndOtherRolesAreRejected() {
        String code = newCode();
        Map<String, Object> body = itemBody(code);
        body.put("categories", List.of("ZZZZ"));
        as(Tokens.city()).body(body).post("/api/v1/checklist-items").then().statusCode(400)
                .body("violations.field", hasItem("categories[0]"));
        body = itemBody(code);
        body.put("defaultSeverity", "HUGE");
        as(Tokens.city()).body(body).post("/api/v1/checklist-items").then().statusCode(400);
        body = itemBody(code);
        body.remove("hazardStandard");
        as(Tokens.city()).body(body).post("/api/v1/checklist-items").then().statusCode(400)
                .body("violations.field", hasItem("hazardStandard"));
        as(Tokens.districtAdmin(HEPING)).body(itemBody(code)).post("/api/v1/checklist-items").then().statusCode(403);
        given().contentType("application/json").body(itemBody(code)).post("/api/v1/checklist-items").then()
                .statusCode(401);
        as(Tokens.districtAdmin(HEPING)).post("/api/v1/checklist-items/G01/retire").then().statusCode(403);
        given().get("/api/v1/checklist-items/" + code).then().statusCode(404);
        given().get("/api/v1/checklist-items/G01").then().body("retired", equalTo(false));
    }
}
