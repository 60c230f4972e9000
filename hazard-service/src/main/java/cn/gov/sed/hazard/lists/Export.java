package cn.gov.sed.hazard.lists;

import cn.gov.sed.platform.problem.Problem;
import cn.gov.sed.platform.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The exports of the two lists: JSON when Accept is absent, {@code *}/{@code *} or application/json; CSV (UTF-8
 * with a BOM, so Excel reads the Chinese) or XLSX when asked; a table with Chinese headers.
 */
public final class Export {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    public enum Format { JSON, CSV, XLSX }

    /** A table of strings with its headers, as people see it. */
    public record Table(String sheetName, List<String> headers, List<List<String>> rows) {
    }

    private Export() {
    }

    public static Format format(String accept) {
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";")[0].trim().toLowerCase();
            switch (type) {
                case XLSX:
                    return Format.XLSX;
                case CSV:
                    return Format.CSV;
                case "application/json", "*/*", "application/*":
                    return Format.JSON;
                default:
                    // try the next media range
            }
        }
        throw new ProblemException(new Problem("not-acceptable", "Not acceptable", 406,
                "answers application/json, text/csv or " + XLSX));
    }

    /** The response in the asked format; the table is built only for CSV and XLSX. */
    public static Response respond(Format format, Object json, Supplier<Table> table, String fileName) {
        return switch (format) {
            case JSON -> Response.ok(json, "application/json").build();
            case CSV -> Response.ok(csv(table.get()), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"").build();
            case XLSX -> Response.ok(xlsx(table.get()), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"").build();
        };
    }

    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            w.write('\uFEFF');
            printer.printRecord(table.headers());
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(Table table) {
        // streaming workbook: only a window of rows stays in memory, whatever the size of the list
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(table.sheetName());
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                header.createCell(c).setCellValue(table.headers().get(c));
            }
            int r = 1;
            for (List<String> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
