package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.reference.ReferenceEntry;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.spreadsheet.SheetReader;
import cn.gov.sed.platform.validation.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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
 * Imports a CSV or XLSX of hazard reports (up to 10,000 rows) with a result per row. The file is streamed through
 * the platform's {@link SheetReader} (over 20 MB → 413; over 10,000 rows or 50 columns → 400) and each row is checked
 * as it is read.
 * <p>
 * Valid rows are created and invalid ones reported, rather than all-or-nothing: each row is an independent
 * report of a different hazard, so one department's typo in row 7 must not hold back the 9,999 correct reports
 * (the equipment import of a unit, by contrast, is one register and is all-or-nothing). The valid rows are
 * inserted in JDBC batches within one transaction, so a 10,000-row file takes seconds.
 */
@ApplicationScoped
public class HazardImport {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(HazardImport.class);
    public static final int MAX_ROWS = Limits.IMPORT_ROWS;
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

    @Schema(name = "HazardImportRow", description = "the result of one row of the file")
    public record RowResult(
            @Schema(description = "the row's number in the file") int row,
            @Schema(description = "CREATED: a REPORTED hazard was made of it; REJECTED: see errors",
                    enumeration = {"CREATED", "REJECTED"}) String status,
            @Schema(nullable = true, implementation = String.class, format = "uuid", description = "the hazard made of the row; null when REJECTED") UUID hazardId,
            @Schema(description = "what is wrong with the row; empty when CREATED") List<Violation> errors) {
    }

    @Schema(name = "HazardImportResult", description = "the totals of an import and the result of each row")
    public record ImportResult(
            @Schema(description = "rows read") int total,
            @Schema(description = "rows made into hazards") int created,
            @Schema(description = "rows refused") int rejected,
            List<RowResult> rows) {
    }

    @Transactional
    public ImportResult importFile(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ValidationException.of("file", "a multipart part named 'file' is required");
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        String department = register.reportingDepartment();
        String actor = caller.sub();
        List<RowResult> results = new ArrayList<>();
        List<Hazard> toInsert = new ArrayList<>();
        // each row is checked as it is read: the file is streamed, never held
        SheetReader.read(file.uploadedFile(), new SheetReader.Handler() {
            private Map<Integer, String> columns;

            @Override
            public void header(List<String> names) {
                columns = columns(names);
            }

            @Override
            public void row(int line, List<String> cells) {
                Map<String, String> row = new HashMap<>();
                columns.forEach((i, field) -> row.put(field, i < cells.size() ? cells.get(i) : null));
                Hazard h = check(row, line, now, department, actor, results);
                if (h != null) {
                    toInsert.add(h);
                }
            }
        });
        long read = System.nanoTime();
        insert(toInsert);
        int created = toInsert.size();
        LOG.infof("imported %d rows (%d created) for %s: read and checked in %d ms, stored in %d ms", results.size(),
                created, actor, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return new ImportResult(results.size(), created, results.size() - created, results);
    }

    /** One row: the hazard to insert, or null with the row's errors in the results. */
    private Hazard check(Map<String, String> row, int line, Instant now, String department, String actor,
                         List<RowResult> results) {
        List<Violation> errors = new ArrayList<>();
        OffsetDateTime foundAt = parseFoundAt(row.get("foundAt"), errors);
        ReportRequest request = new ReportRequest(districtCode(row.get("district")), row.get("unitUscc"),
                row.get("unitName"), row.get("equipmentCategory"), row.get("equipmentCode"),
                row.get("description"), foundAt);
        ReportCheck.Checked checked = ReportCheck.check(request, now);
        errors.addAll(checked.errors().stream()
                .filter(v -> !(v.field().equals("foundAt") && !errors.isEmpty())).toList());
        if (errors.isEmpty() && !HazardScope.mayName(caller, checked.request().district())) {
            errors.add(new Violation("district", "is outside your scope"));
        }
        if (!errors.isEmpty()) {
            results.add(new RowResult(line, "REJECTED", null, errors));
            return null;
        }
        Hazard h = Hazard.reported(checked.request(), department, actor, now);
        results.add(new RowResult(line, "CREATED", h.id, List.of()));
        return h;
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

    private static Map<Integer, String> columns(List<String> headerNames) {
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
        return columns;
    }
}
