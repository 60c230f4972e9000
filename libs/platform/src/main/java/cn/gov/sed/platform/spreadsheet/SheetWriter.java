package cn.gov.sed.platform.spreadsheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an export row by row: CSV (UTF-8 with a BOM, so Excel reads the Chinese) straight to the stream, or XLSX
 * through POI's streaming workbook (SXSSF: a window of 100 rows in memory, the rest in compressed temporary files,
 * deleted on close). Every cell that would start a formula is written with a leading {@code '} (see
 * {@link #neutralise(String)}). {@link #close()} finishes the file but leaves the stream open.
 */
public abstract class SheetWriter implements AutoCloseable {
    static final int XLSX_WINDOW = 100;

    /** A row of cells; null cells are written empty. */
    public abstract void row(List<String> cells) throws IOException;

    /** Finishes the file and flushes the stream (which stays open). */
    @Override
    public abstract void close() throws IOException;

    public static SheetWriter csv(OutputStream out) throws IOException {
        return new Csv(out);
    }

    public static SheetWriter xlsx(OutputStream out, String sheetName) {
        return new Xlsx(out, sheetName);
    }

    /**
     * A cell's text as written to CSV or XLSX: text that a spreadsheet would read as a formula ({@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return first) gets a leading {@code '} (API.md, spreadsheet exports;
     * OWASP "CSV injection").
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    private static final class Csv extends SheetWriter {
        private final Writer writer;
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        }

        @Override
        public void row(List<String> cells) throws IOException {
            for (String cell : cells) {
                printer.print(neutralise(cell));
            }
            printer.println();
        }

        @Override
        public void close() throws IOException {
            printer.flush();
            writer.flush();
        }
    }

    private static final class Xlsx extends SheetWriter {
        private final OutputStream out;
        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            // inline strings (no shared-strings table held in memory), compressed temporary files
            this.workbook = new SXSSFWorkbook(null, XLSX_WINDOW, true, false);
            this.sheet = workbook.createSheet(sheetName);
        }

        @Override
        public void row(List<String> cells) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(neutralise(cells.get(c)));
            }
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.dispose(); // the temporary files
                workbook.close();
            }
        }
    }
}
