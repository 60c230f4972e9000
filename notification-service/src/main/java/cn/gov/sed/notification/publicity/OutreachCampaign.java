package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.vocabulary.Labelled;

public enum OutreachCampaign implements Labelled {
    SAFETY_MONTH("安全生产月"),
    QUALITY_MONTH("质量月"),
    FIVE_INTO("安全宣传“五进”");

    private final String label;

    OutreachCampaign(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
