package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** Where a measure stands: drafted, adopted, in force. */
public enum MeasureStatus implements Labelled {
    DRAFT("起草中"),
    ADOPTED("已通过"),
    IN_FORCE("已施行");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
