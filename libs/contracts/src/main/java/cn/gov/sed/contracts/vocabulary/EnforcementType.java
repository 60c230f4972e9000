package cn.gov.sed.contracts.vocabulary;

/** Enforcement against a unit (处罚, 约谈, 曝光, 黑名单, 信用修复). */
public enum EnforcementType implements Labelled {
    PENALTY("行政处罚"),
    INTERVIEW("约谈"),
    EXPOSURE("曝光"),
    BLACKLIST("列入严重违法失信名单"),
    BLACKLIST_LIFTED("信用修复");

    private final String label;

    EnforcementType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
