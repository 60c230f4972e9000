package cn.gov.sed.platform.spreadsheet;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SheetWriterTest {
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    @Test
    void textThatWouldStartAFormulaGetsALeadingQuote() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + risky, SheetWriter.neutralise(risky));
        }
        for (String plain : List.of("电梯", "20000.00", "a=b", " =x", "'quoted", "")) {
            assertEquals(plain, SheetWriter.neutralise(plain));
        }
        assertEquals("", SheetWriter.neutralise(null));
    }

    @Test
    void csvHasABomAndNeutralisedCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter csv = SheetWriter.csv(out)) {
            csv.row(List.of("单位名称", "备注"));
            csv.row(java.util.Arrays.asList(FORMULA, null));
        }
        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(
                new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertEquals(List.of("单位名称", "备注"), records.get(0).toList());
        assertEquals(List.of("'" + FORMULA, ""), records.get(1).toList());
    }

    @Test
    void xlsxOfManyRowsReadsBackWithNeutralisedTextCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter xlsx = SheetWriter.xlsx(out, "清单")) {
            xlsx.row(List.of("单位名称", "序号"));
            for (int i = 0; i < 1_000; i++) { // ten times the window kept in memory
                xlsx.row(List.of(i == 500 ? FORMULA : "单位" + i, String.valueOf(i)));
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheet("清单");
            assertEquals(1_000, sheet.getLastRowNum());
            var cell = sheet.getRow(501).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("'" + FORMULA, cell.getStringCellValue());
            assertEquals("单位999", sheet.getRow(1_000).getCell(0).getStringCellValue());
        }
    }

    @Test
    void jsonArraysAreWrittenItemByItemAndNotAltered() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonArrayWriter json = new JsonArrayWriter(mapper, out)) {
            json.item(Map.of("unitName", FORMULA));
            json.item(Map.of("unitName", "乙"));
        }
        List<Map<String, String>> items = new ArrayList<>();
        mapper.readTree(out.toByteArray()).forEach(n -> items.add(Map.of("unitName", n.get("unitName").asText())));
        assertEquals(List.of(Map.of("unitName", FORMULA), Map.of("unitName", "乙")), items);
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        new JsonArrayWriter(mapper, empty).close();
        assertEquals("[]", empty.toString(StandardCharsets.UTF_8));
    }
}
