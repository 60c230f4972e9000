package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** Online publicity (宣传). */
public enum PublicationType implements Labelled {
    WORK_UPDATE("工作动态"),
    SAFETY_KNOWLEDGE("安全知识"),
    WARNING_EXPOSURE("警示曝光");

    private final String label;

    PublicationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
