package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** The "five into" (五进) audiences. */
public enum OutreachTarget implements Labelled {
    ENTERPRISE("进企业"),
    COUNTRYSIDE("进农村"),
    COMMUNITY("进社区"),
    SCHOOL("进学校"),
    FAMILY("进家庭");

    private final String label;

    OutreachTarget(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
