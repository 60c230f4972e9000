package cn.gov.sed.hazard.lists;

import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import cn.gov.sed.testing.Uploads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input around the spreadsheets of hazard-service (API.md "Limits, hostile input"): formula injection in the
 * exports, oversized and hostile imports, and an export of thousands of hazards, streamed.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class SpreadsheetAttackTest {
    private static final String D = "120104";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String HEADER = "district,unitUscc,unitName,equipmentCategory,description,foundAt";

    @Inject
    DataSource dataSource;
    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    private static ValidatableResponse importFile(String name, byte[] content, String type) {
        return given().auth().oauth2(Tokens.department("HOUSING", D)).multiPart("file", name, content, type)
                .post("/api/v1/hazards/import").then();
    }

    private java.net.URI importUri() {
        return java.net.URI.create(base + "api/v1/hazards/import");
    }

    private static int hazardsOf(String uscc) {
        return given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).queryParam("size", 1)
                .get("/api/v1/hazards").then().statusCode(200).extract().path("total");
    }

    private static String row(String uscc, int i) {
        return D + "," + uscc + ",单位" + i + ",3110,门锁失效" + i + ",2026-11-01";
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A listed hazard of a unit whose name is a spreadsheet formula. */
    private static String listedWithUnitName(String uscc, String unitName) {
        String id = given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON)
                .body(Map.of("district", D, "unitUscc", uscc, "unitName", unitName, "equipmentCategory", "3110",
                        "description", "@SUM(1+1) 门锁回路短接", "foundAt",
                        OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).toString()))
                .post("/api/v1/hazards").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.inspector(D)).contentType(ContentType.JSON)
                .body(Map.of("specialEquipmentHazard", true, "severity", "GENERAL", "hazardType", "EQUIPMENT_CONDITION",
                        "reason", "电梯安全保护装置失效"))
                .post("/api/v1/hazards/" + id + "/classification").then().statusCode(200);
        return id;
    }

    @Test
    void aFormulaInACellIsWrittenWithALeadingQuoteInCsvAndXlsxButNotInJson() throws Exception {
        String uscc = Fixtures.uscc();
        listedWithUnitName(uscc, FORMULA);

        byte[] csv = given().auth().oauth2(Tokens.districtAdmin(D)).accept("text/csv").queryParam("unitUscc", uscc)
                .get("/api/v1/hazard-list").then().statusCode(200).extract().asByteArray();
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(
                new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertEquals(2, records.size());
        assertEquals("'" + FORMULA, records.get(1).get(1));
        assertEquals("'@SUM(1+1) 门锁回路短接", records.get(1).get(5));

        byte[] xlsx = given().auth().oauth2(Tokens.districtAdmin(D)).accept(XLSX).queryParam("unitUscc", uscc)
                .get("/api/v1/hazard-list").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = wb.getSheetAt(0).getRow(1).getCell(1);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, cell.getCellType());
            assertEquals("'" + FORMULA, cell.getStringCellValue());
        }

        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("unitUscc", uscc).get("/api/v1/hazard-list").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].unitName", equalTo(FORMULA));
    }

    @Test
    void aMeasureTitledWithAFormulaIsNeutralisedInTheMeasuresList() throws Exception {
        String title = "+cmd|' /C calc'!A0 " + java.util.UUID.randomUUID();
        Map<String, Object> measure = MeasureResourceTest.measure(title, D);
        measure.put("description", "-1+1");
        given().auth().oauth2(Tokens.districtAdmin(D)).contentType(ContentType.JSON).body(measure)
                .post("/api/v1/measures").then().statusCode(201);
        byte[] xlsx = given().auth().oauth2(Tokens.districtAdmin(D)).accept(XLSX).queryParam("district", D)
                .get("/api/v1/measures-list").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            var sheet = wb.getSheetAt(0);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (f.formatCellValue(sheet.getRow(r).getCell(0)).equals("'" + title)) {
                    assertEquals("'-1+1", f.formatCellValue(sheet.getRow(r).getCell(2)));
                    found = true;
                }
            }
            assertEquals(true, found, "the measure's row, its title neutralised");
        }
        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("district", D).get("/api/v1/measures-list").then()
                .statusCode(200).body("title", hasItem(title));
    }

    @Test
    void anExportOfThousandsOfHazardsReturnsThemAll() throws Exception {
        String uscc = Fixtures.uscc();
        int count = 2_500;
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            csv.append(row(uscc, i)).append('\n');
        }
        importFile("many.csv", utf8(csv), "text/csv").statusCode(200).body("created", equalTo(count));
        // the import reports hazards; classifying 2,500 of them one by one over HTTP would take minutes, so the test
        // lists them in one statement, as a classification of each would
        try (Connection c = dataSource.getConnection(); PreparedStatement list = c.prepareStatement(
                "UPDATE hazard SET status = 'LISTED', listed = TRUE, severity = 'GENERAL' WHERE unit_uscc = ?")) {
            list.setString(1, uscc);
            assertEquals(count, list.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).get("/api/v1/hazard-list").then()
                .statusCode(200).body("$", hasSize(count));
        byte[] body = given().auth().oauth2(Tokens.districtAdmin(D)).accept("text/csv").queryParam("unitUscc", uscc)
                .get("/api/v1/hazard-list").then().statusCode(200).extract().asByteArray();
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(
                new String(body, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertEquals(count + 1, records.size());
        assertEquals(count, records.stream().skip(1).map(r -> r.get(1)).distinct().count());
        byte[] xlsx = given().auth().oauth2(Tokens.inspector(D)).accept(XLSX).queryParam("unitUscc", uscc)
                .get("/api/v1/hazard-list").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(count, wb.getSheetAt(0).getLastRowNum());
        }
        // scope still applies to a streamed export
        given().auth().oauth2(Tokens.districtAdmin("120101")).queryParam("unitUscc", uscc).get("/api/v1/hazard-list")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anImportOfFiftyOneColumnsIsRefused() {
        String uscc = Fixtures.uscc();
        String[] extra = new String[51 - 6];
        Arrays.setAll(extra, i -> "extra" + i);
        importFile("wide.csv", utf8(HEADER + "," + String.join(",", extra) + "\n" + row(uscc, 1) + "\n"), "text/csv")
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("file"))
                .body("violations.message", hasItem(containsString("more than 50 columns")));
        assertEquals(0, hazardsOf(uscc));
    }

    @Test
    void anImportOfTenThousandAndOneRowsIsRefused() {
        String uscc = Fixtures.uscc();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= 10_000; i++) {
            csv.append(row(uscc, i)).append('\n');
        }
        importFile("many.csv", utf8(csv), "text/csv").statusCode(400)
                .body("violations.message", hasItem(containsString("more than 10000 data rows")));
        assertEquals(0, hazardsOf(uscc));
    }

    @Test
    void anXlsxImportOfTenThousandAndOneRowsIsRefused() throws IOException {
        String uscc = Fixtures.uscc();
        byte[] workbook;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            String[] header = HEADER.split(",");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= 10_001; r++) {
                String[] cells = row(uscc, r).split(",");
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            wb.dispose();
            workbook = out.toByteArray();
        }
        importFile("many.xlsx", workbook, XLSX).statusCode(400)
                .body("violations.message", hasItem(containsString("more than 10000 data rows")));
        assertEquals(0, hazardsOf(uscc));
    }

    @Test
    void anImportOverTwentyMegabytesIs413() throws Exception {
        String uscc = Fixtures.uscc();
        StringBuilder csv = new StringBuilder(HEADER).append('\n').append(row(uscc, 1)).append('\n');
        String filler = ",,,,,\n";
        while (csv.length() <= 21 * 1024 * 1024) {
            csv.append(filler);
        }
        var problem = Uploads.multipart(importUri(), Tokens.department("HOUSING", D), "big.csv", utf8(csv), "text/csv", 413);
        assertEquals("/problems/payload-too-large", problem.getString("type"));
        assertEquals(0, hazardsOf(uscc));
    }

    @Test
    void anImportWithAFiveMegabyteLineIsA400NotA500() throws Exception {
        String uscc = Fixtures.uscc();
        String csv = HEADER + "\n" + D + "," + uscc + ",单位,3110," + "长".repeat(5 * 1024 * 1024 / 3) + ",2026-11-01\n";
        var problem = Uploads.multipart(importUri(), Tokens.department("HOUSING", D), "long.csv", utf8(csv), "text/csv", 400);
        assertEquals("/problems/validation", problem.getString("type"));
        assertTrue(problem.getString("violations[0].message").contains("at most 4000 characters"), problem.prettify());
        assertEquals(0, hazardsOf(uscc));
    }
}
