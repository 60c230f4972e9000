package cn.gov.sed.inspection.equipment;

import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.spreadsheet.SheetReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an equipment list (设备台账) from CSV (UTF-8, optional BOM, header row) or XLSX (first sheet, header row)
 * into rows of text keyed by column name, streaming through the platform's {@link SheetReader} (which enforces the
 * import limits: 20 MB, 10,000 rows, 50 columns). Rows are numbered as a person sees them in the file: the header is
 * row 1.
 */
public final class EquipmentSheet {
    public static final List<String> COLUMNS = List.of("category", "equipmentCode", "registrationNumber",
            "usageEnvironment", "location", "nextInspectionDue", "status");

    /** One data row: its number in the file and its cells by column name (blank cells absent). */
    public record SheetRow(int row, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }
    }

    private EquipmentSheet() {
    }

    public static List<SheetRow> read(Path file) {
        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        List<SheetRow> rows = new ArrayList<>();
        SheetReader.read(file, new SheetReader.Handler() {
            @Override
            public void header(List<String> names) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i) == null ? "" : names.get(i);
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
            }

            @Override
            public void row(int number, List<String> line) {
                Map<String, String> cells = new LinkedHashMap<>();
                columnIndex.forEach((column, index) -> {
                    if (index < line.size() && line.get(index) != null) {
                        cells.put(column, line.get(index));
                    }
                });
                rows.add(new SheetRow(number, cells));
            }
        });
        if (rows.isEmpty()) {
            throw ValidationException.of("file", "has no data rows");
        }
        return rows;
    }
}
