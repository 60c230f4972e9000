package cn.gov.sed.hazard.hazard;

import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.spreadsheet.SheetReader;
import cn.gov.sed.platform.validation.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Importing reports: a CSV or XLSX of hazard reports (up to 10,000 rows) with a result per row. The file is
 * streamed through the platform's {@link SheetReader} (over 20 MB → 413; over 10,000 rows or 50 columns → 400);
 * each row is read ({@link ReportSheet}), checked as a report ({@link ReportCheck}) and scoped ({@link HazardScope})
 * as it is read, and the valid ones stored together ({@link ReportedHazardInserts}).
 * <p>
 * Valid rows are created and invalid ones reported, rather than all-or-nothing: each row is an independent
 * report of a different hazard, so one department's typo in row 7 must not hold back the 9,999 correct reports
 * (the equipment import of a unit, by contrast, is one register and is all-or-nothing). The valid rows are
 * inserted in JDBC batches within one transaction, so a 10,000-row file takes seconds.
 */
@ApplicationScoped
public class ImportingReports {
    private static final Logger LOG = Logger.getLogger(ImportingReports.class);
    public static final int MAX_ROWS = Limits.IMPORT_ROWS;

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    ReportingHazards reporting;
    @Inject
    ReportedHazardInserts inserts;

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
        String department = reporting.reportingDepartment();
        String actor = caller.sub();
        List<RowResult> results = new ArrayList<>();
        List<Hazard> toInsert = new ArrayList<>();
        // each row is checked as it is read: the file is streamed, never held
        SheetReader.read(file.uploadedFile(), new SheetReader.Handler() {
            private ReportSheet sheet;

            @Override
            public void header(List<String> names) {
                sheet = ReportSheet.ofHeader(names);
            }

            @Override
            public void row(int line, List<String> cells) {
                Hazard h = check(sheet.read(line, cells), now, department, actor, results);
                if (h != null) {
                    toInsert.add(h);
                }
            }
        });
        long read = System.nanoTime();
        inserts.insert(toInsert);
        int created = toInsert.size();
        LOG.infof("imported %d rows (%d created) for %s: read and checked in %d ms, stored in %d ms", results.size(),
                created, actor, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return new ImportResult(results.size(), created, results.size() - created, results);
    }

    /** One row: the hazard to insert, or null with the row's errors in the results. */
    private Hazard check(ReportSheet.Row row, Instant now, String department, String actor, List<RowResult> results) {
        List<Violation> errors = new ArrayList<>(row.errors());
        ReportCheck.Checked checked = ReportCheck.check(row.request(), now);
        // a found-at cell that could not be read is reported once, as unreadable
        errors.addAll(checked.errors().stream()
                .filter(v -> !(v.field().equals("foundAt") && !errors.isEmpty())).toList());
        if (errors.isEmpty() && !HazardScope.mayName(caller, checked.request().district())) {
            errors.add(new Violation("district", "is outside your scope"));
        }
        if (!errors.isEmpty()) {
            results.add(new RowResult(row.line(), "REJECTED", null, errors));
            return null;
        }
        Hazard h = Hazard.reported(checked.request(), department, actor, now);
        results.add(new RowResult(row.line(), "CREATED", h.id, List.of()));
        return h;
    }
}
