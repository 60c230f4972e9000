package cn.gov.sed.inspection.equipment;

import cn.gov.sed.platform.problem.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer of an equipment import: one line per data row, and the counts. */
@Schema(name = "EquipmentImportReport", description = "the counts of an equipment import and the result of each data row")
public record EquipmentImportReport(int total, int imported, int failed, List<RowResult> rows) {

    /** IMPORTED, ERROR, or VALID (a good row not imported because another row failed: all rows or none). */
    @Schema(name = "EquipmentImportRowStatus", description = "IMPORTED; ERROR; VALID: a good row not imported because "
            + "another row failed (all rows or none)")
    public enum RowStatus { IMPORTED, VALID, ERROR }

    @Schema(name = "EquipmentImportRow", description = "the result of one data row (rows numbered as in the file, the "
            + "header is row 1)")
    public record RowResult(int row, RowStatus status,
                            @Schema(description = "what is wrong with the row; empty when nothing is") List<Violation> errors,
                            @Schema(description = "the row's equipment code, normalised") String equipmentCode) {
    }
}
