package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** What an entry of the measures list is: a standing rule (制度) or a one-off measure (措施). */
public enum MeasureKind implements Labelled {
    SYSTEM("制度"),
    MEASURE("措施");

    private final String label;

    MeasureKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
