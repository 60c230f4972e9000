package cn.gov.sed.inspection.unit;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** What a unit is to its equipment; a unit may be several at once. */
public enum UnitType implements Labelled {
    USER("使用单位"),
    PRODUCER("生产单位"),
    MAINTENANCE("维保单位");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
