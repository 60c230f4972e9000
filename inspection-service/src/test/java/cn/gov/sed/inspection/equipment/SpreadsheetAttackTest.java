package cn.gov.sed.inspection.equipment;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import cn.gov.sed.testing.Uploads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.equipmentCode;
import static cn.gov.sed.inspection.Fixtures.equipmentCountOf;
import static cn.gov.sed.inspection.Fixtures.unit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and oversized equipment imports (API.md "Limits, hostile input", bodies row): each is refused with a problem
 * while the file is streamed, and nothing is imported.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class SpreadsheetAttackTest {
    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "category,equipmentCode,registrationNumber,usageEnvironment,location,"
            + "nextInspectionDue,status";

    private static ValidatableResponse upload(String unitId, String name, byte[] content, String type) {
        return given().auth().oauth2(Tokens.districtAdmin(HEPING)).multiPart("file", name, content, type)
                .post("/api/v1/units/" + unitId + "/equipment-import").then();
    }

    private java.net.URI importUri(String unitId) {
        return java.net.URI.create(base + "api/v1/units/" + unitId + "/equipment-import");
    }

    private static String row() {
        return "3110," + equipmentCode("3110") + ",,RESIDENTIAL,1号楼,,IN_USE";
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSheetOfFiftyOneColumnsIsRefused() {
        String unitId = unit(HEPING);
        String[] extra = new String[51 - 7];
        Arrays.setAll(extra, i -> "extra" + i);
        String header = HEADER + "," + String.join(",", extra);
        upload(unitId, "wide.csv", utf8(header + "\n" + row() + "\n"), "text/csv")
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("file"))
                .body("violations.message", hasItem(containsString("more than 50 columns")));
        // fifty columns are fine
        String fifty = HEADER + "," + String.join(",", Arrays.copyOf(extra, 50 - 7));
        upload(unitId, "fifty.csv", utf8(fifty + "\n" + row() + "\n"), "text/csv").statusCode(200)
                .body("imported", equalTo(1));
        assertEquals(1, equipmentCountOf(unitId));
    }

    @Test
    void tenThousandAndOneRowsAreRefusedAndNothingIsImported() {
        String unitId = unit(HEPING);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= 10_000; i++) {
            csv.append(row()).append('\n');
        }
        upload(unitId, "many.csv", utf8(csv), "text/csv")
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.message", hasItem(containsString("more than 10000 data rows")));
        assertEquals(0, equipmentCountOf(unitId));
    }

    @Test
    void anXlsxOfTenThousandAndOneRowsIsRefused() throws IOException {
        String unitId = unit(HEPING);
        byte[] workbook;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("设备台账");
            String[] header = HEADER.split(",");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= 10_001; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("3110");
                row.createCell(1).setCellValue(equipmentCode("3110"));
                row.createCell(3).setCellValue("RESIDENTIAL");
            }
            wb.write(out);
            wb.dispose();
            workbook = out.toByteArray();
        }
        upload(unitId, "many.xlsx", workbook, XLSX)
                .statusCode(400).body("violations.message", hasItem(containsString("more than 10000 data rows")));
        assertEquals(0, equipmentCountOf(unitId));
    }

    @Test
    void aFileOverTwentyMegabytesIs413() throws Exception {
        String unitId = unit(HEPING);
        StringBuilder csv = new StringBuilder(HEADER).append('\n').append(row()).append('\n');
        String filler = "#".repeat(1000) + "\n";
        while (csv.length() <= 21 * 1024 * 1024) {
            csv.append(filler);
        }
        var problem = Uploads.multipart(importUri(unitId), Tokens.districtAdmin(HEPING), "big.csv", utf8(csv), "text/csv", 413);
        assertEquals("/problems/payload-too-large", problem.getString("type"));
        assertEquals(0, equipmentCountOf(unitId));
    }

    @Test
    void aFiveMegabyteLineIsA400NotA500() throws Exception {
        String unitId = unit(HEPING);
        String csv = HEADER + "\n" + "3110," + "9".repeat(5 * 1024 * 1024) + ",,RESIDENTIAL,,,\n";
        var problem = Uploads.multipart(importUri(unitId), Tokens.districtAdmin(HEPING), "long.csv", utf8(csv), "text/csv", 400);
        assertEquals("/problems/validation", problem.getString("type"));
        assertTrue(problem.getString("violations[0].message").contains("at most 4000 characters"), problem.prettify());
        assertEquals(0, equipmentCountOf(unitId));
    }
}
