package cn.gov.sed.inspection.equipment;

import cn.gov.sed.platform.problem.Violation;

import java.util.List;

/** The answer of an equipment import: one line per data row, and the counts. */
public record EquipmentImportReport(int total, int imported, int failed, List<RowResult> rows) {

    /** IMPORTED, ERROR, or VALID (a good row not imported because another row failed: all rows or none). */
    public enum RowStatus { IMPORTED, VALID, ERROR }

    public record RowResult(int row, RowStatus status, List<Violation> errors, String equipmentCode) {
    }
}
