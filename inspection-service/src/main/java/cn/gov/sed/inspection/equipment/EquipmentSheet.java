package cn.gov.sed.inspection.equipment;

import cn.gov.sed.platform.problem.ValidationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an equipment list (设备台账) from CSV (UTF-8, optional BOM, header row) or XLSX (first sheet, header row)
 * into rows of text keyed by column name. Rows are numbered as a person sees them in the file: the header is row 1.
 */
public final class EquipmentSheet {
    public static final List<String> COLUMNS = List.of("category", "equipmentCode", "registrationNumber",
            "usageEnvironment", "location", "nextInspectionDue", "status");
    public static final int MAX_ROWS = 5000;

    /** One data row: its number in the file and its cells by column name (blank cells absent). */
    public record SheetRow(int row, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }
    }

    private EquipmentSheet() {
    }

    public static List<SheetRow> read(byte[] content) {
        boolean xlsx = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        List<List<String>> table = xlsx ? readXlsx(content) : readCsv(content);
        if (table.isEmpty()) {
            throw ValidationException.of("file", "is empty: a header row is required");
        }
        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        List<String> header = table.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            for (String column : COLUMNS) {
                if (column.equalsIgnoreCase(name)) {
                    columnIndex.putIfAbsent(column, i);
                }
            }
        }
        ValidationException.Builder errors = ValidationException.builder();
        for (String required : List.of("category", "equipmentCode", "usageEnvironment")) {
            errors.check(columnIndex.containsKey(required), "file", "the header has no column '" + required + "'");
        }
        errors.throwIfAny();
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> line = table.get(r);
            if (line.stream().allMatch(s -> s == null || s.isBlank())) {
                continue; // blank lines are not rows
            }
            Map<String, String> cells = new LinkedHashMap<>();
            columnIndex.forEach((column, index) -> {
                if (index < line.size() && line.get(index) != null && !line.get(index).isBlank()) {
                    cells.put(column, line.get(index).strip());
                }
            });
            rows.add(new SheetRow(r + 1, cells));
        }
        if (rows.isEmpty()) {
            throw ValidationException.of("file", "has no data rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw ValidationException.of("file", "has more than " + MAX_ROWS + " rows");
        }
        return rows;
    }

    private static List<List<String>> readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.of("file", "is neither an XLSX workbook nor UTF-8 CSV");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the BOM Excel writes
        }
        try {
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                    .parse(new StringReader(text))) {
                table.add(record.toList());
            }
            return table;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ValidationException.of("file", "is not valid CSV: " + e.getMessage());
        }
    }

    private static List<List<String>> readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> line = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        line.add(text(row.getCell(c), formatter));
                    }
                }
                table.add(line);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("file", "is not a readable XLSX workbook");
        }
    }

    /** A cell as text; date cells become YYYY-MM-DD whatever their display format. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
