package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class HazardResourceTest {
    private static final String D = "120111";

    static Map<String, Object> report(String district, String uscc) {
        Map<String, Object> body = new HashMap<>();
        body.put("district", district);
        body.put("unitUscc", uscc);
        body.put("unitName", "某某商场");
        body.put("equipmentCategory", "3110");
        body.put("equipmentCode", "311012345202600009");
        body.put("description", "自动扶梯急停按钮缺失");
        body.put("foundAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).toString());
        return body;
    }

    @Test
    void aDepartmentReportsAHazardInItsOwnName() {
        String uscc = Fixtures.uscc();
        given().auth().oauth2(Tokens.department("COMMERCE", null)).contentType(ContentType.JSON).body(report(D, uscc))
                .post("/api/v1/hazards").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/hazards/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("REPORTED"))
                .body("source", equalTo("DEPARTMENT_REPORT"))
                .body("reportingDepartment", equalTo("COMMERCE"))
                .body("listed", equalTo(false))
                .body("severity", nullValue())
                .body("deadline", nullValue());
        // the department sees what it reported, another department does not
        given().auth().oauth2(Tokens.department("COMMERCE", null)).queryParam("unitUscc", uscc).get("/api/v1/hazards")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(Tokens.department("HOUSING", null)).queryParam("unitUscc", uscc).get("/api/v1/hazards")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aReportIsCheckedAndScoped() {
        Map<String, Object> bad = report("999999", "91120101MA05K3XQ1X");
        bad.put("equipmentCategory", "0000");
        bad.remove("description");
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON).body(bad).post("/api/v1/hazards").then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("district"))
                .body("violations.field", hasItem("unitUscc"))
                .body("violations.field", hasItem("equipmentCategory"))
                .body("violations.field", hasItem("description"));
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON).body(report("120112", Fixtures.uscc()))
                .post("/api/v1/hazards").then().statusCode(403);
        given().auth().oauth2(Tokens.department("HOUSING", "120112")).contentType(ContentType.JSON).body(report(D, Fixtures.uscc()))
                .post("/api/v1/hazards").then().statusCode(403);
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(report(D, Fixtures.uscc()))
                .post("/api/v1/hazards").then().statusCode(403);
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON).body("{\"district\": ")
                .post("/api/v1/hazards").then().statusCode(400).body("type", equalTo("/problems/validation"));
        // a full-width, lower-case credit code is normalised
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON)
                .body(report(D, "９１１２０１０１ma05k3xq1f")).post("/api/v1/hazards").then().statusCode(201)
                .body("unitUscc", equalTo("91120101MA05K3XQ1F"));
    }

    @Test
    void anImportCreatesTheValidRowsAndReportsTheOthers() {
        String uscc = Fixtures.uscc();
        String csv = "\uFEFF所属区,统一社会信用代码,单位名称,设备类别,设备代码,隐患描述,发现时间\n"
                + D + "," + uscc + ",甲单位,3110,,门锁失效,2026-11-20\n"
                + "和平区," + uscc + ",乙单位,3110,,超期未检,2026-11-21T09:00:00+08:00\n"
                + D + ",BADCODE,丙单位,9999,,,yesterday\n"
                + "120112," + uscc + ",丁单位,3110,,外区,2026-11-20\n";
        given().auth().oauth2(Tokens.districtAdmin(D))
                .multiPart("file", "reports.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/hazards/import").then().statusCode(200)
                .body("total", equalTo(4)).body("created", equalTo(1)).body("rejected", equalTo(3))
                .body("rows.status", contains("CREATED", "REJECTED", "REJECTED", "REJECTED"))
                .body("rows[0].row", equalTo(2))
                .body("rows[0].hazardId", notNullValue())
                .body("rows[1].errors.field", contains("district"))
                .body("rows[2].errors.field", hasItem("unitUscc"))
                .body("rows[2].errors.field", hasItem("equipmentCategory"))
                .body("rows[2].errors.field", hasItem("description"))
                .body("rows[2].errors.field", hasItem("foundAt"));
        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("unitUscc", uscc).get("/api/v1/hazards").then()
                .body("total", equalTo(1)).body("items[0].status", equalTo("REPORTED"))
                .body("items[0].reportingDepartment", equalTo("MARKET_SUPERVISION"));
    }

    @Test
    void anXlsxOfTenThousandRowsIsImported() throws Exception {
        String uscc = Fixtures.uscc();
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            var header = sheet.createRow(0);
            List<String> names = List.of("district", "unitUscc", "unitName", "equipmentCategory", "description", "foundAt");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (int r = 1; r <= 10_000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(D);
                row.createCell(1).setCellValue(uscc);
                row.createCell(2).setCellValue("批量单位" + r);
                row.createCell(3).setCellValue("3110");
                row.createCell(4).setCellValue("批量导入第" + r + "条");
                row.createCell(5).setCellValue("2026-11-01");
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        given().auth().oauth2(Tokens.department("HOUSING", D))
                .multiPart("file", "reports.xlsx", xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post("/api/v1/hazards/import").then().statusCode(200)
                .body("total", equalTo(10_000)).body("created", equalTo(10_000)).body("rejected", equalTo(0))
                .body("rows", hasSize(10_000));
        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).queryParam("size", 1).get("/api/v1/hazards").then()
                .body("total", equalTo(10_000));
        given().auth().oauth2(Tokens.department("HOUSING", D)).multiPart("file", "x.csv", "a,b\n1,2\n".getBytes(), "text/csv")
                .post("/api/v1/hazards/import").then().statusCode(400);
        StringBuilder tooMany = new StringBuilder("district,unitUscc,unitName,equipmentCategory,description,foundAt\n");
        for (int r = 0; r <= 10_000; r++) {
            tooMany.append(D).append(',').append(uscc).append(",多,3110,多一行,2026-11-01\n");
        }
        given().auth().oauth2(Tokens.department("HOUSING", D))
                .multiPart("file", "many.csv", tooMany.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/hazards/import").then().statusCode(400).body("violations[0].field", equalTo("file"));
        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).queryParam("size", 1).get("/api/v1/hazards").then()
                .body("total", equalTo(10_000));
    }

    @Test
    void theListIsFilteredPagedAndScoped() {
        String uscc = Fixtures.uscc();
        String general = Fixtures.listed(D, uscc, Severity.GENERAL);
        String major = Fixtures.listed(D, uscc, Severity.MAJOR);
        String minor = Fixtures.listed(D, uscc, Severity.MINOR);
        String admin = Tokens.districtAdmin(D);
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).get("/api/v1/hazards").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20)).body("items", hasSize(3));
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("listed", "true").get("/api/v1/hazards").then()
                .body("total", equalTo(2)).body("items.id", everyItem(org.hamcrest.Matchers.not(minor)));
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("severity", "MAJOR").get("/api/v1/hazards").then()
                .body("items.id", contains(major));
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("status", "LISTED")
                .queryParam("equipmentCategory", "3000").queryParam("overdue", "false").get("/api/v1/hazards").then()
                .body("total", equalTo(2));
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("equipmentCategory", "4000").get("/api/v1/hazards").then()
                .body("total", equalTo(0));
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/hazards").then().body("items", hasSize(1)).body("total", equalTo(3));
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("from", "2000-01-01").queryParam("to", "2000-12-31")
                .get("/api/v1/hazards").then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.unit(uscc)).get("/api/v1/hazards").then().body("total", equalTo(3));
        given().auth().oauth2(Tokens.unit(uscc)).get("/api/v1/hazards/" + general).then().statusCode(200);

        given().auth().oauth2(admin).queryParam("size", 0).get("/api/v1/hazards").then().statusCode(400)
                .body("violations.field", contains("size"));
        given().auth().oauth2(admin).queryParam("size", 201).get("/api/v1/hazards").then().statusCode(400);
        given().auth().oauth2(admin).queryParam("severity", "HUGE").get("/api/v1/hazards").then().statusCode(400)
                .body("violations.field", contains("severity"));
        given().auth().oauth2(admin).queryParam("from", "yesterday").get("/api/v1/hazards").then().statusCode(400);
        given().auth().oauth2(admin).queryParam("sort", "nope,asc").get("/api/v1/hazards").then().statusCode(400);
        given().auth().oauth2(admin).queryParam("district", "120112").get("/api/v1/hazards").then().statusCode(403);
        given().auth().oauth2(Tokens.districtAdmin("120112")).get("/api/v1/hazards/" + general).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        given().auth().oauth2(Tokens.districtAdmin("120112")).queryParam("unitUscc", uscc).get("/api/v1/hazards").then()
                .body("total", equalTo(0));
        given().auth().oauth2(admin).get("/api/v1/hazards/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(admin).get("/api/v1/hazards/not-a-uuid").then().statusCode(404);
    }
}
