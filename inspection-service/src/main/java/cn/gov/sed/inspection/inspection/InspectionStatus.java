package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** 检查状态. */
public enum InspectionStatus implements Labelled {
    PLANNED("计划中"),
    IN_PROGRESS("检查中"),
    COMPLETED("已完成");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
