package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.Labelled;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.equipment.EquipmentImportReport.RowResult;
import cn.gov.sed.inspection.equipment.EquipmentImportReport.RowStatus;
import cn.gov.sed.inspection.equipment.EquipmentSheet.SheetRow;
import cn.gov.sed.inspection.unit.FindingUnits;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 设备台账导入: importing a unit's equipment list from CSV or XLSX, all rows or none, with a report per row. Each row
 * is checked as a registration would be ({@link EquipmentRequests}) and registered the same way
 * ({@link Equipment#register}). The file is read by the platform's {@code SheetReader} ({@link EquipmentSheet}):
 * over 20 MB → 413, over 10,000 rows or 50 columns → 400.
 */
@ApplicationScoped
public class ImportingEquipment {
    @Inject
    FindingUnits units;
    @Inject
    InspectionScope scope;
    @Inject
    Clock clock;

    @Transactional
    public EquipmentImportReport importFor(UUID unitId, FileUpload file) {
        Unit unit = units.findVisible(unitId);
        scope.requireWritable(unit.district);
        List<SheetRow> rows = EquipmentSheet.read(uploaded(file));

        List<EquipmentRequest> requests = new ArrayList<>();
        List<List<Violation>> rowErrors = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (SheetRow row : rows) {
            List<Violation> errors = new ArrayList<>();
            EquipmentRequest request = toRequest(unit.id, row, errors);
            errors.addAll(EquipmentRequests.problems(request).stream()
                    .filter(v -> errors.stream().noneMatch(e -> e.field().equals(v.field()))).toList());
            String code = EquipmentCodeRule.normalise(request.equipmentCode());
            if (code != null && !code.isBlank()) {
                Integer earlier = firstRowOfCode.putIfAbsent(code, row.row());
                if (earlier != null) {
                    errors.add(new Violation("equipmentCode", "repeats row " + earlier));
                }
                codes.add(code);
            }
            requests.add(request);
            rowErrors.add(errors);
        }
        Set<String> registered = codes.isEmpty() ? Set.of() : new HashSet<>(Equipment.<Equipment>list(
                "equipmentCode in ?1", codes).stream().map(e -> e.equipmentCode).toList());
        for (int i = 0; i < rows.size(); i++) {
            String code = EquipmentCodeRule.normalise(requests.get(i).equipmentCode());
            if (registered.contains(code)) {
                rowErrors.get(i).add(new Violation("equipmentCode", "is already registered"));
            }
        }

        boolean allGood = rowErrors.stream().allMatch(List::isEmpty);
        Instant now = clock.instant();
        List<RowResult> results = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = EquipmentCodeRule.normalise(requests.get(i).equipmentCode());
            if (allGood) {
                Equipment.register(unit, requests.get(i), now).persist();
            }
            RowStatus status = !rowErrors.get(i).isEmpty() ? RowStatus.ERROR
                    : allGood ? RowStatus.IMPORTED : RowStatus.VALID;
            results.add(new RowResult(rows.get(i).row(), status, List.copyOf(rowErrors.get(i)), code));
        }
        int failed = (int) results.stream().filter(r -> r.status() == RowStatus.ERROR).count();
        EquipmentImportReport report = new EquipmentImportReport(rows.size(), allGood ? rows.size() : 0, failed,
                results);
        if (!allGood) {
            List<Violation> violations = results.stream().flatMap(r -> r.errors().stream()
                    .map(v -> new Violation("rows[" + r.row() + "]." + v.field(), v.message()))).toList();
            ValidationException rejected = new ValidationException(violations);
            rejected.problem().with("total", report.total()).with("imported", 0).with("failed", failed)
                    .with("rows", results);
            throw rejected;
        }
        return report;
    }

    private static Path uploaded(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ValidationException.of("file", "a multipart part named 'file' is required");
        }
        return file.uploadedFile();
    }

    /** The row as a request; values that cannot be read are reported and left empty. */
    private static EquipmentRequest toRequest(UUID unitId, SheetRow row, List<Violation> errors) {
        UsageEnvironment environment = vocabulary(UsageEnvironment.class, row.get("usageEnvironment"),
                "usageEnvironment", errors);
        EquipmentStatus status = vocabulary(EquipmentStatus.class, row.get("status"), "status", errors);
        LocalDate due = null;
        if (row.get("nextInspectionDue") != null) {
            try {
                due = LocalDate.parse(row.get("nextInspectionDue"));
            } catch (DateTimeParseException e) {
                errors.add(new Violation("nextInspectionDue", "must be a date YYYY-MM-DD"));
            }
        }
        return new EquipmentRequest(unitId, row.get("category"), row.get("equipmentCode"),
                row.get("registrationNumber"), environment, row.get("location"), due, status);
    }

    /** An enum cell: its value (SCHOOL) or its Chinese label (学校). */
    private static <E extends Enum<E> & Labelled> E vocabulary(Class<E> type, String raw, String field,
                                                               List<Violation> errors) {
        if (raw == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(raw) || e.label().equals(raw)).findFirst()
                .orElseGet(() -> {
                    errors.add(new Violation(field, "'" + raw + "' is not one of "
                            + Arrays.stream(type.getEnumConstants()).map(e -> e.name() + " " + e.label()).toList()));
                    return null;
                });
    }
}
