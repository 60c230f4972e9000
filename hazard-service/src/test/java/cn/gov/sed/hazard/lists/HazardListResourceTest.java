package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.hazard.Fixtures;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class HazardListResourceTest {
    private static final String D = "120113";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("所属区", "单位名称", "统一社会信用代码", "设备类别", "设备代码", "隐患描述",
            "隐患等级", "来源及检查方式", "整改责任人", "整改措施", "整改资金", "整改时限", "应急预案", "状态", "复查情况", "执法措施");

    /** A unit with a listed GENERAL hazard under plan, a closed MAJOR one, and a MINOR one (not in the list). */
    private static String[] unitWithHazards(String uscc) {
        String planned = Fixtures.listed(D, uscc, Severity.GENERAL);
        given().auth().oauth2(Tokens.unit(uscc)).contentType(ContentType.JSON).body(Fixtures.plan(10))
                .put("/api/v1/hazards/" + planned + "/rectification-plan").then().statusCode(200);
        String closed = Fixtures.listed(D, uscc, Severity.MAJOR);
        String inspector = Tokens.inspector(D);
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Fixtures.plan(3))
                .put("/api/v1/hazards/" + closed + "/rectification-plan").then().statusCode(200);
        String evidence = given().auth().oauth2(inspector).multiPart("file", "e.png", Fixtures.png(), "image/png")
                .post("/api/v1/hazards/" + closed + "/attachments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("description", "已整改", "completedAt", "2026-11-28T10:00:00+08:00", "evidence", List.of(evidence)))
                .post("/api/v1/hazards/" + closed + "/rectification-report").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("result", "PASSED", "inspector", "王五", "comment", "整改到位", "verifiedAt", "2026-11-28T15:00:00+08:00"))
                .post("/api/v1/hazards/" + closed + "/verification").then().statusCode(200);
        Fixtures.listed(D, uscc, Severity.MINOR);
        return new String[]{planned, closed};
    }

    @Test
    void theListAsJsonHasOnlyListedHazardsWithTheClosedOnesMarked() {
        String uscc = Fixtures.uscc();
        String[] ids = unitWithHazards(uscc);
        for (String accept : new String[]{null, "*/*", "application/json"}) {
            var request = given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("unitUscc", uscc);
            if (accept != null) {
                request.accept(accept);
            }
            request.get("/api/v1/hazard-list").then().statusCode(200).contentType(ContentType.JSON)
                    .body("$", hasSize(2))
                    .body("id", containsInAnyOrder(ids[0], ids[1]))
                    .body("find { it.id == '" + ids[1] + "' }.closed", equalTo(true))
                    .body("find { it.id == '" + ids[1] + "' }.status", equalTo("VERIFIED"));
        }
    }

    @Test
    void theListAsCsvHasABomAndChineseHeadersAndLabels() throws Exception {
        String uscc = Fixtures.uscc();
        unitWithHazards(uscc);
        byte[] body = given().auth().oauth2(Tokens.inspector(D)).accept("text/csv").queryParam("unitUscc", uscc)
                .get("/api/v1/hazard-list").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertEquals(HEADERS, records.get(0).toList());
        assertEquals(3, records.size());
        List<List<String>> rows = records.subList(1, 3).stream().map(CSVRecord::toList).toList();
        List<String> planned = rows.stream().filter(r -> r.get(6).equals("一般")).findFirst().orElseThrow();
        assertEquals(cn.gov.sed.contracts.reference.ReferenceData.get().districts().get(D).nameZh(), planned.get(0));
        assertEquals(uscc, planned.get(2));
        assertEquals("曳引驱动乘客电梯", planned.get(3));
        assertEquals("部门移交", planned.get(7));
        assertEquals("张三", planned.get(8));
        assertEquals("20000.00", planned.get(10));
        assertEquals("整改中", planned.get(13));
        List<String> closed = rows.stream().filter(r -> r.get(6).equals("重大")).findFirst().orElseThrow();
        assertEquals("已销号", closed.get(13));
        assertTrue(closed.get(14).contains("复查合格"), closed.get(14));
    }

    @Test
    void theListAsXlsxReadsBackWithPoi() throws Exception {
        String uscc = Fixtures.uscc();
        unitWithHazards(uscc);
        byte[] body = given().auth().oauth2(Tokens.city()).accept(XLSX).queryParam("unitUscc", uscc)
                .get("/api/v1/hazard-list").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(f.formatCellValue(c)));
            assertEquals(HEADERS, header);
            assertEquals(2, sheet.getLastRowNum());
            List<String> severities = List.of(f.formatCellValue(sheet.getRow(1).getCell(6)), f.formatCellValue(sheet.getRow(2).getCell(6)));
            assertTrue(severities.containsAll(List.of("一般", "重大")), severities.toString());
        }
    }

    @Test
    void theClientsWeightsChooseTheFormatNotTheOrderOfItsRanges() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.GENERAL);
        // CSV listed first but weighted lower: JSON
        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc)
                .accept("text/csv;q=0.1, application/json;q=0.9").get("/api/v1/hazard-list").then().statusCode(200)
                .contentType(ContentType.JSON).body("id", contains(id));
        // JSON refused by name, any text welcome: CSV
        String csv = given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc)
                .accept("application/json;q=0, text/*").get("/api/v1/hazard-list").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.contains("统一社会信用代码") && csv.contains(uscc), csv);
        // a hostile header of a thousand ranges (17 KB, under the 20 KB the server reads): still negotiated, at once
        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc)
                .accept("text/html;q=0.5, ".repeat(1_000) + "text/csv;q=0.6").get("/api/v1/hazard-list").then()
                .statusCode(200).contentType(startsWith("text/csv"));
        // everything refused: a 406 problem, nothing streamed
        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).accept("text/csv;q=0, */*;q=0")
                .get("/api/v1/hazard-list").then().statusCode(406).contentType("application/problem+json")
                .body("status", equalTo(406));
    }

    @Test
    void theListIsForTheCityAndDistrictRolesWithinTheirDistrict() {
        given().auth().oauth2(Tokens.unit(Fixtures.uscc())).get("/api/v1/hazard-list").then().statusCode(403);
        given().auth().oauth2(Tokens.department("HOUSING", null)).get("/api/v1/hazard-list").then().statusCode(403);
        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("district", "120101").get("/api/v1/hazard-list").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.districtAdmin(D)).accept("text/html").get("/api/v1/hazard-list").then().statusCode(406);
        String uscc = Fixtures.uscc();
        Fixtures.listed(D, uscc, Severity.GENERAL);
        given().auth().oauth2(Tokens.districtAdmin("120114")).queryParam("unitUscc", uscc).get("/api/v1/hazard-list").then()
                .statusCode(200).body("$", hasSize(0));
    }
}
