package cn.gov.sed.hazard.lists;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class MeasureResourceTest {
    private static final String D = "120115";

    static Map<String, Object> measure(String title, String district) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("description", "建立电梯维保质量考核制度");
        m.put("kind", "SYSTEM");
        m.put("addresses", Map.of("checklistItems", List.of("G08"), "hazardTypes", List.of("MANAGEMENT_SYSTEM"),
                "equipmentCategories", List.of("3000")));
        m.put("leadDepartment", "MARKET_SUPERVISION");
        m.put("cooperatingDepartments", List.of("HOUSING"));
        m.put("district", district);
        m.put("dueDate", "2027-03-31");
        m.put("documentNumber", "津市监〔2026〕8号");
        return m;
    }

    @Test
    void measuresAreCreatedChangedListedAndExported() throws Exception {
        String title = "维保考核制度-" + UUID.randomUUID();
        String admin = Tokens.districtAdmin(D);
        var created = given().auth().oauth2(admin).contentType(ContentType.JSON).body(measure(title, D))
                .post("/api/v1/measures").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/measures/"))
                .body("status", equalTo("DRAFT")).body("kind", equalTo("SYSTEM"))
                .body("addresses.checklistItems[0]", equalTo("G08"))
                .body("addresses.hazardTypes[0]", equalTo("MANAGEMENT_SYSTEM"))
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");

        Map<String, Object> changed = measure(title, D);
        changed.put("status", "IN_FORCE");
        given().auth().oauth2(admin).header("If-Match", "\"77\"").contentType(ContentType.JSON).body(changed)
                .put("/api/v1/measures/" + id).then().statusCode(412);
        given().auth().oauth2(admin).header("If-Match", etag).contentType(ContentType.JSON).body(changed)
                .put("/api/v1/measures/" + id).then().statusCode(200).body("status", equalTo("IN_FORCE"));

        given().auth().oauth2(admin).queryParam("status", "IN_FORCE").queryParam("size", 200).get("/api/v1/measures").then()
                .statusCode(200).body("items.title", hasItem(title));
        given().auth().oauth2(Tokens.districtAdmin("120116")).queryParam("size", 200).get("/api/v1/measures").then()
                .statusCode(200).body("items.title", not(hasItem(title)));
        given().auth().oauth2(Tokens.districtAdmin("120116")).get("/api/v1/measures/" + id).then().statusCode(404);

        byte[] csv = given().auth().oauth2(admin).accept("text/csv").queryParam("district", D)
                .get("/api/v1/measures-list").then().statusCode(200).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertEquals("标题", records.get(0).get(0));
        CSVRecord row = records.stream().filter(r -> r.get(0).equals(title)).findFirst().orElseThrow();
        assertEquals("制度", row.get(1));
        assertTrue(row.get(3).contains("维护保养"), row.get(3));
        assertEquals("管理制度", row.get(4));
        assertEquals("电梯", row.get(5));
        assertEquals("已施行", row.get(10));

        byte[] xlsx = given().auth().oauth2(Tokens.city()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/measures-list").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            assertEquals("文号", f.formatCellValue(wb.getSheetAt(0).getRow(0).getCell(11)));
        }
        given().auth().oauth2(Tokens.city()).get("/api/v1/measures-list").then().statusCode(200)
                .body("title", hasItem(title));
    }

    @Test
    void aDistrictKeepsOnlyItsOwnMeasuresAndTheCityKeepsAll() {
        String admin = Tokens.districtAdmin(D);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(measure("外区", "120101")).post("/api/v1/measures")
                .then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(measure("全市", null)).post("/api/v1/measures")
                .then().statusCode(403);
        String cityWide = given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(measure("全市制度", null))
                .post("/api/v1/measures").then().statusCode(201).body("district", equalTo(null)).extract().path("id");
        given().auth().oauth2(admin).get("/api/v1/measures/" + cityWide).then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(measure("改全市", null)).put("/api/v1/measures/" + cityWide)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.inspector(D)).get("/api/v1/measures").then().statusCode(403);
        given().auth().oauth2(Tokens.unit("91120101MA05K3XQ1F")).get("/api/v1/measures-list").then().statusCode(403);

        Map<String, Object> bad = measure("", "999999");
        bad.put("kind", null);
        bad.put("leadDepartment", "NOPE");
        bad.put("addresses", Map.of("checklistItems", List.of("X99"), "equipmentCategories", List.of("0000")));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(bad).post("/api/v1/measures").then()
                .statusCode(400)
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("kind"))
                .body("violations.field", hasItem("leadDepartment"))
                .body("violations.field", hasItem("district"))
                .body("violations.field", hasItem("addresses.checklistItems[0]"))
                .body("violations.field", hasItem("addresses.equipmentCategories[0]"));
        Map<String, Object> badEnum = measure("x", D);
        badEnum.put("kind", "LAW");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(badEnum).post("/api/v1/measures").then()
                .statusCode(400).body("violations.field", hasItem("kind"));
    }
}
