package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** How a supervision (督导检查) found the work of the lead department and the responsible person. */
public enum SupervisionRating implements Labelled {
    GOOD("好"),
    FAIR("一般"),
    POOR("差");

    private final String label;

    SupervisionRating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
