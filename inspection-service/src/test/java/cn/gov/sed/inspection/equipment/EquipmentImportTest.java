package cn.gov.sed.inspection.equipment;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.sed.inspection.Fixtures.HEDONG;
import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.as;
import static cn.gov.sed.inspection.Fixtures.equipmentCode;
import static cn.gov.sed.inspection.Fixtures.legacyCode;
import static cn.gov.sed.inspection.Fixtures.unit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class EquipmentImportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "category,equipmentCode,registrationNumber,usageEnvironment,location,"
            + "nextInspectionDue,status\n";

    private static io.restassured.response.ValidatableResponse upload(String token, String unitId, String name,
                                                                      byte[] content, String type) {
        return given().auth().oauth2(token).multiPart("file", name, content, type)
                .post("/api/v1/units/" + unitId + "/equipment-import").then();
    }

    @Test
    void aCsvWithBomImportsEveryRow() {
        String unitId = unit(HEPING);
        String csv = "\uFEFF" + HEADER
                + "3110," + equipmentCode("3110") + ",梯11津A00001(21),RESIDENTIAL,1号楼,2027-03-01,IN_USE\n"
                + "4110," + legacyCode() + ",,工厂企业,车间,,\n";
        upload(Tokens.districtAdmin(HEPING), unitId, "equipment.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(200)
                .body("total", equalTo(2)).body("imported", equalTo(2)).body("failed", equalTo(0))
                .body("rows.row", equalTo(List.of(2, 3)))
                .body("rows.status", equalTo(List.of("IMPORTED", "IMPORTED")));
        assertEquals(2, cn.gov.sed.inspection.Fixtures.equipmentCountOf(unitId));
        as(Tokens.city()).queryParam("unitId", unitId).queryParam("usageEnvironment", "FACTORY")
                .get("/api/v1/equipment").then().body("items[0].equipmentCodeFormat", equalTo("LEGACY"));
    }

    @Test
    void oneBadRowImportsNothingAndReportsEachRow() {
        String unitId = unit(HEPING);
        String duplicate = equipmentCode("3110");
        String csv = HEADER
                + "3110," + duplicate + ",,RESIDENTIAL,,,\n"
                + "3000," + equipmentCode("3000") + ",,RESIDENTIAL,,,\n"
                + "3110," + duplicate + ",,MOON,,soon,\n";
        upload(Tokens.city(), unitId, "equipment.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("imported", equalTo(0)).body("failed", equalTo(2))
                .body("rows", hasSize(3))
                .body("rows[0].status", equalTo("VALID"))
                .body("rows[1].status", equalTo("ERROR"))
                .body("rows[1].errors.field", hasItem("category"))
                .body("rows[2].errors.field", hasItem("usageEnvironment"))
                .body("rows[2].errors.field", hasItem("nextInspectionDue"))
                .body("rows[2].errors.message", hasItem("repeats row 2"))
                .body("violations.field", hasItem("rows[3].category"));
        assertEquals(0, cn.gov.sed.inspection.Fixtures.equipmentCountOf(unitId));
    }

    @Test
    void anAlreadyRegisteredCodeFailsTheImport() {
        String unitId = unit(HEPING);
        String code = equipmentCode("3110");
        as(Tokens.city()).body(cn.gov.sed.inspection.Fixtures.equipmentBody(unitId, "3110", code))
                .post("/api/v1/equipment").then().statusCode(201);
        upload(Tokens.city(), unitId, "e.csv", (HEADER + "3110," + code + ",,RESIDENTIAL,,,\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(400).body("rows[0].errors.message", hasItem("is already registered"));
        assertEquals(1, cn.gov.sed.inspection.Fixtures.equipmentCountOf(unitId));
    }

    @Test
    void anXlsxWorkbookImports() throws IOException {
        String unitId = unit(HEPING);
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("设备台账");
            String[] header = HEADER.strip().split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("3310");
            row.createCell(1).setCellValue(equipmentCode("3310"));
            row.createCell(3).setCellValue("MALL");
            row.createCell(4).setCellValue("商场一层");
            row.createCell(5).setCellValue(LocalDate.of(2027, 5, 1));
            row.getCell(5).setCellStyle(dateStyle);
            row.createCell(6).setCellValue("STOPPED");
            book.write(out);
            workbook = out.toByteArray();
        }
        upload(Tokens.city(), unitId, "equipment.xlsx", workbook, XLSX)
                .statusCode(200).body("imported", equalTo(1));
        as(Tokens.city()).queryParam("unitId", unitId).get("/api/v1/equipment").then()
                .body("items[0].nextInspectionDue", equalTo("2027-05-01"))
                .body("items[0].status", equalTo("STOPPED"))
                .body("items[0].category", equalTo("3310"));
    }

    @Test
    void badFilesAndForeignUnitsAreRejected() {
        String unitId = unit(HEPING);
        upload(Tokens.city(), unitId, "e.csv", "category,location\n3110,x\n".getBytes(StandardCharsets.UTF_8),
                "text/csv").statusCode(400).body("violations.field", hasItem("file"));
        upload(Tokens.city(), unitId, "e.csv", HEADER.getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(400).body("violations.field", hasItem("file"));
        upload(Tokens.city(), unitId, "e.bin", new byte[]{(byte) 0xC3, 0x28, 0x00}, "application/octet-stream")
                .statusCode(400);
        upload(Tokens.districtAdmin(HEDONG), unitId, "e.csv", (HEADER + "3110," + equipmentCode("3110")
                + ",,RESIDENTIAL,,,\n").getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(404);
        upload(Tokens.inspector(HEPING), unitId, "e.csv", (HEADER + "3110," + equipmentCode("3110")
                + ",,RESIDENTIAL,,,\n").getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(403);
        given().auth().oauth2(Tokens.city()).multiPart("other", "x", "y".getBytes())
                .post("/api/v1/units/" + unitId + "/equipment-import").then().statusCode(400);
        assertEquals(0, cn.gov.sed.inspection.Fixtures.equipmentCountOf(unitId));
    }
}
