package cn.gov.sed.contracts.vocabulary;

/** A hazard's life (隐患状态). */
public enum HazardStatus implements Labelled {
    REPORTED("待甄别"),
    RECORDED("已记录（轻微）"),
    LISTED("已列入清单"),
    REMOVED("已剔除"),
    RECTIFYING("整改中"),
    PENDING_VERIFICATION("待复查"),
    VERIFIED("已销号");

    private final String label;

    HazardStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
