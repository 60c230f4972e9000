package cn.gov.sed.contracts.vocabulary;

/** Escalation ladder of an overdue hazard: the unit on the day, the district bureau after 3 days, the city after 7. */
public enum OverdueLevel implements Labelled {
    DAY_0("到期未整改"),
    DAY_3("逾期3天"),
    DAY_7("逾期7天");

    private final String label;

    OverdueLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
