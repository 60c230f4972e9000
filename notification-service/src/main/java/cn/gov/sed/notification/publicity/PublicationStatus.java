package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.vocabulary.Labelled;

public enum PublicationStatus implements Labelled {
    DRAFT("草稿"),
    PENDING_REVIEW("待审核"),
    APPROVED("已审核"),
    PUBLISHED("已发布");

    private final String label;

    PublicationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
