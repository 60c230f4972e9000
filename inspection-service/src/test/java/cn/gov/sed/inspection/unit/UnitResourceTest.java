package cn.gov.sed.inspection.unit;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gov.sed.inspection.Fixtures.HEDONG;
import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.as;
import static cn.gov.sed.inspection.Fixtures.unit;
import static cn.gov.sed.inspection.Fixtures.unitBody;
import static cn.gov.sed.inspection.Fixtures.uscc;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class UnitResourceTest {

    @Test
    void aDistrictAdminRegistersAUnitOfItsDistrict() {
        String code = uscc();
        Map<String, Object> body = unitBody(HEPING, code.toLowerCase());
        body.put("types", List.of("USER", "MAINTENANCE"));
        as(Tokens.districtAdmin(HEPING)).body(body).post("/api/v1/units")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"0\"")
                .body("uscc", equalTo(code))
                .body("types", equalTo(List.of("USER", "MAINTENANCE")))
                .body("blacklisted", equalTo(false))
                .body("enforcementActions", hasSize(0))
                .body("createdAt", notNullValue());
    }

    @Test
    void fullWidthCreditCodesAreNormalised() {
        String code = uscc();
        StringBuilder fullWidth = new StringBuilder();
        for (char c : code.toCharArray()) {
            fullWidth.append((char) (c + 0xFEE0));
        }
        as(Tokens.city()).body(unitBody(HEPING, " " + fullWidth + " ")).post("/api/v1/units")
                .then().statusCode(201).body("uscc", equalTo(code));
    }

    @Test
    void aWrongCheckCharacterIsRejectedNamingUscc() {
        String code = uscc();
        char last = code.charAt(17) == '0' ? '1' : '0';
        String wrong = code.substring(0, 17) + last;
        as(Tokens.city()).body(unitBody(HEPING, wrong)).post("/api/v1/units")
                .then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("uscc"));
        assertNoUnit(wrong);
    }

    @Test
    void aDuplicateCreditCodeIs409() {
        String code = uscc();
        as(Tokens.city()).body(unitBody(HEPING, code)).post("/api/v1/units").then().statusCode(201);
        as(Tokens.city()).body(unitBody(HEDONG, code)).post("/api/v1/units")
                .then().statusCode(409).body("type", equalTo("/problems/duplicate"));
        org.junit.jupiter.api.Assertions.assertEquals(1, cn.gov.sed.inspection.Fixtures.unitsMatching(code));
    }

    @Test
    void unknownCodesAndBadTypesAre400() {
        String code = uscc();
        Map<String, Object> body = unitBody("120199", code);
        as(Tokens.city()).body(body).post("/api/v1/units").then().statusCode(400)
                .body("violations.field", hasItem("district"));
        body = unitBody(HEPING, code);
        body.put("industry", "NOPE");
        as(Tokens.city()).body(body).post("/api/v1/units").then().statusCode(400)
                .body("violations.field", hasItem("industry"));
        body = unitBody(HEPING, code);
        body.put("types", List.of());
        as(Tokens.city()).body(body).post("/api/v1/units").then().statusCode(400)
                .body("violations.field", hasItem("types"));
        body.put("types", List.of("OWNER"));
        as(Tokens.city()).body(body).post("/api/v1/units").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));
        as(Tokens.city()).body("{not json").post("/api/v1/units").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));
        assertNoUnit(code);
    }

    @Test
    void aDistrictAdminMayNotRegisterInAnotherDistrict() {
        String code = uscc();
        as(Tokens.districtAdmin(HEPING)).body(unitBody(HEDONG, code)).post("/api/v1/units")
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        as(Tokens.inspector(HEPING)).body(unitBody(HEPING, code)).post("/api/v1/units").then().statusCode(403);
        assertNoUnit(code);
    }

    @Test
    void updatingHonoursIfMatch() {
        String id = unit(HEPING);
        String code = as(Tokens.city()).get("/api/v1/units/" + id).then().extract().path("uscc");
        Map<String, Object> body = unitBody(HEPING, code);
        body.put("name", "新名称有限公司");
        as(Tokens.districtAdmin(HEPING)).header("If-Match", "\"0\"").body(body).put("/api/v1/units/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("新名称有限公司"));
        body.put("name", "又一个名称");
        as(Tokens.districtAdmin(HEPING)).header("If-Match", "\"0\"").body(body).put("/api/v1/units/" + id)
                .then().statusCode(412).body("type", equalTo("/problems/precondition-failed"));
        as(Tokens.city()).get("/api/v1/units/" + id).then().body("name", equalTo("新名称有限公司"));
    }

    @Test
    void updatingAnotherDistrictsUnitIs404AndUnknownIs404() {
        String id = unit(HEDONG);
        String code = as(Tokens.city()).get("/api/v1/units/" + id).then().extract().path("uscc");
        as(Tokens.districtAdmin(HEPING)).body(unitBody(HEPING, code)).put("/api/v1/units/" + id)
                .then().statusCode(404);
        as(Tokens.city()).get("/api/v1/units/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        as(Tokens.city()).get("/api/v1/units/not-a-uuid").then().statusCode(404);
    }

    @Test
    void listsAreScopedAndFiltered() {
        String heping = unit(HEPING);
        String hedong = unit(HEDONG);
        as(Tokens.districtAdmin(HEPING)).queryParam("size", 200).get("/api/v1/units").then().statusCode(200)
                .body("items.district", everyItem(equalTo(HEPING)))
                .body("items.id", not(hasItem(hedong)));
        as(Tokens.districtAdmin(HEPING)).get("/api/v1/units/" + hedong).then().statusCode(404);
        as(Tokens.districtAdmin(HEPING)).queryParam("district", HEDONG).get("/api/v1/units").then().statusCode(403);
        as(Tokens.city()).queryParam("district", HEDONG).queryParam("type", "USER").queryParam("size", 200)
                .get("/api/v1/units").then().statusCode(200)
                .body("items.id", hasItem(hedong)).body("items.id", not(hasItem(heping)));
        as(Tokens.city()).queryParam("type", "OWNER").get("/api/v1/units").then().statusCode(400);
        as(Tokens.city()).queryParam("blacklisted", "maybe").get("/api/v1/units").then().statusCode(400);
        as(Tokens.city()).queryParam("size", 0).get("/api/v1/units").then().statusCode(400)
                .body("violations.field", hasItem("size"));
        as(Tokens.city()).queryParam("size", 201).get("/api/v1/units").then().statusCode(400);
        as(Tokens.city()).queryParam("sort", "secret,asc").get("/api/v1/units").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
        as(Tokens.city()).queryParam("sort", "name,asc").queryParam("size", 1).get("/api/v1/units").then()
                .statusCode(200).body("items", hasSize(1)).body("size", equalTo(1)).body("page", equalTo(0));
    }

    @Test
    void departmentsSeeTheirDistrictAndUnitsOnlyThemselves() {
        String code = uscc();
        String own = cn.gov.sed.inspection.Fixtures.unitWithUscc(HEPING, code);
        String other = unit(HEPING);
        String foreign = unit(HEDONG);
        as(Tokens.department("HOUSING", HEPING)).get("/api/v1/units/" + own).then().statusCode(200);
        as(Tokens.department("HOUSING", HEPING)).get("/api/v1/units/" + foreign).then().statusCode(404);
        as(Tokens.department("HOUSING", null)).get("/api/v1/units/" + foreign).then().statusCode(200);
        as(Tokens.unit(code)).get("/api/v1/units/" + own).then().statusCode(200);
        as(Tokens.unit(code)).get("/api/v1/units/" + other).then().statusCode(404);
        as(Tokens.unit(code)).get("/api/v1/units").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(own));
    }

    private static void assertNoUnit(String code) {
        org.junit.jupiter.api.Assertions.assertEquals(0, cn.gov.sed.inspection.Fixtures.unitsMatching(code));
    }
}
