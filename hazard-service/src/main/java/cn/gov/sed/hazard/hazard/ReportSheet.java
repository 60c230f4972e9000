package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.reference.ReferenceEntry;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The layout of a spreadsheet of hazard reports: which column is which field (API field names or the Chinese
 * headers of the list), and a row's cells read as a {@link ReportRequest}, with the errors of the cells that could
 * not be read (a district's Chinese name is taken for its code; a found-at date may be local to Asia/Shanghai).
 * Plain Java: checking the report is {@link ReportCheck}'s, scoping is {@link HazardScope}'s.
 */
final class ReportSheet {
    /** Accepted column headers (API field names or the Chinese headers of the list) → field. */
    private static final Map<String, String> HEADERS = new HashMap<>();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[ HH:mm[:ss]]");

    static {
        for (String f : List.of("district", "unitUscc", "unitName", "equipmentCategory", "equipmentCode",
                "description", "foundAt")) {
            HEADERS.put(f.toLowerCase(Locale.ROOT), f);
        }
        HEADERS.put("所属区", "district");
        HEADERS.put("统一社会信用代码", "unitUscc");
        HEADERS.put("单位名称", "unitName");
        HEADERS.put("设备类别", "equipmentCategory");
        HEADERS.put("设备代码", "equipmentCode");
        HEADERS.put("隐患描述", "description");
        HEADERS.put("发现时间", "foundAt");
    }

    /** A row read: the report it makes and the errors of cells that could not be read. */
    record Row(int line, ReportRequest request, List<Violation> errors) {
    }

    private final Map<Integer, String> columns;

    private ReportSheet(Map<Integer, String> columns) {
        this.columns = columns;
    }

    /** The layout named by the header row; 400 when it lacks the district or the credit code column. */
    static ReportSheet ofHeader(List<String> headerNames) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String name = headerNames.get(i) == null ? "" : headerNames.get(i);
            String field = HEADERS.get(name.toLowerCase(Locale.ROOT));
            if (field == null) {
                field = HEADERS.get(name);
            }
            if (field != null) {
                columns.put(i, field);
            }
        }
        if (!columns.containsValue("district") || !columns.containsValue("unitUscc")) {
            throw ValidationException.of("file", "the header row must name the columns: district, unitUscc, unitName, "
                    + "equipmentCategory, equipmentCode, description, foundAt (or 所属区, 统一社会信用代码, 单位名称, "
                    + "设备类别, 设备代码, 隐患描述, 发现时间)");
        }
        return new ReportSheet(columns);
    }

    Row read(int line, List<String> cells) {
        Map<String, String> row = new HashMap<>();
        columns.forEach((i, field) -> row.put(field, i < cells.size() ? cells.get(i) : null));
        List<Violation> errors = new ArrayList<>();
        OffsetDateTime foundAt = foundAt(row.get("foundAt"), errors);
        ReportRequest request = new ReportRequest(districtCode(row.get("district")), row.get("unitUscc"),
                row.get("unitName"), row.get("equipmentCategory"), row.get("equipmentCode"),
                row.get("description"), foundAt);
        return new Row(line, request, errors);
    }

    /** A district code, or its Chinese name (和平区) as people type it in a spreadsheet. */
    static String districtCode(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.trim();
        return ReferenceData.get().districts().all().stream().filter(d -> d.nameZh().equals(v))
                .map(ReferenceEntry::code).findFirst().orElse(v);
    }

    /** ISO-8601 with offset, or a local date / date-time in Asia/Shanghai. */
    static OffsetDateTime foundAt(String raw, List<Violation> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.trim();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the local forms
        }
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(Zones.SHANGHAI).toOffsetDateTime();
            }
            return LocalDateTime.parse(v.replace('T', ' '), LOCAL).atZone(Zones.SHANGHAI).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(new Violation("foundAt", "must be a date-time such as 2026-11-28T09:30:00+08:00 or 2026-11-28"));
            return null;
        }
    }
}
