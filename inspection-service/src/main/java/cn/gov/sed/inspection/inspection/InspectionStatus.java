package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.Labelled;

import java.util.EnumSet;
import java.util.Set;

/** 检查状态. */
public enum InspectionStatus implements Labelled {
    PLANNED("计划中"),
    IN_PROGRESS("检查中"),
    COMPLETED("已完成");

    /**
     * What a unit may see of its own inspections: only those that have started. Inspections are unannounced
     * (四不两直, 暗查暗访): a PLANNED one must never warn the unit, whatever the method (API.md v1.1).
     */
    public static final Set<InspectionStatus> SHOWN_TO_UNITS = EnumSet.of(IN_PROGRESS, COMPLETED);

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
