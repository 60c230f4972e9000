package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.reference.ReferenceEntry;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.hibernate.Session;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.PreparedStatement;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Imports a CSV or XLSX of hazard reports (up to 10,000 rows) with a result per row.
 * <p>
 * Valid rows are created and invalid ones reported, rather than all-or-nothing: each row is an independent
 * report of a different hazard, so one department's typo in row 7 must not hold back the 9,999 correct reports
 * (the equipment import of a unit, by contrast, is one register and is all-or-nothing). The valid rows are
 * inserted in JDBC batches within one transaction, so a 10,000-row file takes seconds.
 */
@ApplicationScoped
public class HazardImport {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(HazardImport.class);
    public static final int MAX_ROWS = 10_000;
    private static final int BATCH = 1000;

    /** Accepted column headers (API field names or the Chinese headers of the list) → field. */
    private static final Map<String, String> HEADERS = new HashMap<>();

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

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    HazardRegister register;

    public record RowResult(int row, String status, UUID hazardId, List<Violation> errors) {
    }

    public record ImportResult(int total, int created, int rejected, List<RowResult> rows) {
    }

    @Transactional
    public ImportResult importFile(FileUpload file) {
        long started = System.nanoTime();
        List<Map<String, String>> rows = read(file);
        long read = System.nanoTime();
        Instant now = clock.instant();
        String department = register.reportingDepartment();
        String actor = caller.sub();
        List<RowResult> results = new ArrayList<>(rows.size());
        List<Hazard> toInsert = new ArrayList<>(rows.size());
        int created = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            int line = i + 2; // the spreadsheet line: the header is line 1
            List<Violation> errors = new ArrayList<>();
            OffsetDateTime foundAt = parseFoundAt(row.get("foundAt"), errors);
            ReportRequest request = new ReportRequest(districtCode(row.get("district")), row.get("unitUscc"),
                    row.get("unitName"), row.get("equipmentCategory"), row.get("equipmentCode"),
                    row.get("description"), foundAt);
            ReportCheck.Checked checked = ReportCheck.check(request, now);
            errors.addAll(checked.errors().stream()
                    .filter(v -> !(v.field().equals("foundAt") && !errors.isEmpty())).toList());
            if (errors.isEmpty() && !inScope(checked.request().district())) {
                errors.add(new Violation("district", "is outside your scope"));
            }
            if (!errors.isEmpty()) {
                results.add(new RowResult(line, "REJECTED", null, errors));
                continue;
            }
            Hazard h = HazardRegister.reported(checked.request(), department, actor, now);
            toInsert.add(h);
            created++;
            results.add(new RowResult(line, "CREATED", h.id, List.of()));
        }
        insert(toInsert);
        LOG.infof("imported %d rows (%d created) for %s: read in %d ms, checked and stored in %d ms", rows.size(),
                created, actor, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return new ImportResult(rows.size(), created, rows.size() - created, results);
    }

    /**
     * Inserts the new hazards with plain JDBC batches (rewritten into multi-row INSERTs by the driver): the
     * entities are never read back in this request, so the persistence context would only cost time.
     */
    private void insert(List<Hazard> hazards) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO hazard (id, version, district,"
                    + " found_at, unit_uscc, unit_name, equipment_category, equipment_code, description, inspectors,"
                    + " source, reporting_department, status, listed, rounds, created_at, history)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, ?, ?)")) {
                int pending = 0;
                for (Hazard h : hazards) {
                    insert.setObject(1, h.id);
                    insert.setString(2, h.district);
                    insert.setObject(3, OffsetDateTime.ofInstant(h.foundAt, ZoneOffset.UTC));
                    insert.setString(4, h.unitUscc);
                    insert.setString(5, h.unitName);
                    insert.setString(6, h.equipmentCategory);
                    insert.setString(7, h.equipmentCode);
                    insert.setString(8, h.description);
                    insert.setString(9, h.inspectors);
                    insert.setString(10, h.source.name());
                    insert.setString(11, h.reportingDepartment);
                    insert.setString(12, h.status.name());
                    insert.setObject(13, OffsetDateTime.ofInstant(h.createdAt, ZoneOffset.UTC));
                    insert.setString(14, h.history);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    private boolean inScope(String district) {
        if (caller.isCity()) {
            return true;
        }
        return !(caller.isDistrictRole() || caller.district() != null) || district.equals(caller.district());
    }

    /** A district code, or its Chinese name (和平区) as people type it in a spreadsheet. */
    private static String districtCode(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.trim();
        return ReferenceData.get().districts().all().stream().filter(d -> d.nameZh().equals(v))
                .map(ReferenceEntry::code).findFirst().orElse(v);
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[ HH:mm[:ss]]");

    /** ISO-8601 with offset, or a local date / date-time in Asia/Shanghai. */
    private static OffsetDateTime parseFoundAt(String raw, List<Violation> errors) {
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

    /** The rows of the file as field → value, by its header row. */
    private static List<Map<String, String>> read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ValidationException.of("file", "a multipart part named 'file' is required");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ValidationException.of("file", "cannot be read");
        }
        if (content.length == 0) {
            throw ValidationException.of("file", "is empty");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        List<Map<String, String>> rows = zip ? readXlsx(content) : readCsv(content);
        if (rows.size() > MAX_ROWS) {
            throw ValidationException.of("file", "has " + rows.size() + " rows; at most " + MAX_ROWS + " per import");
        }
        return rows;
    }

    private static List<Map<String, String>> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel writes a BOM
        }
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get().parse(new StringReader(text));
            Map<Integer, String> columns = columns(parser.getHeaderNames());
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                columns.forEach((i, field) -> row.put(field, i < r.size() ? r.get(i) : null));
                rows.add(row);
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("file", "is not a readable CSV (UTF-8, header row first): " + e.getMessage());
        }
    }

    private static List<Map<String, String>> readXlsx(byte[] content) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw ValidationException.of("file", "has no header row");
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                names.add(header.getCell(c) == null ? "" : formatter.formatCellValue(header.getCell(c)).trim());
            }
            Map<Integer, String> columns = columns(names);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean any = false;
                for (var e : columns.entrySet()) {
                    String v = cellText(row.getCell(e.getKey()), formatter);
                    any |= v != null && !v.isBlank();
                    values.put(e.getValue(), v);
                }
                if (any) {
                    rows.add(values);
                }
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
            return rows;
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("file", "is not a readable XLSX workbook");
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().atZone(Zones.SHANGHAI).toOffsetDateTime().toString();
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static Map<Integer, String> columns(List<String> headerNames) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String name = headerNames.get(i) == null ? "" : headerNames.get(i).trim().replace("\uFEFF", "");
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
        return columns;
    }
}
