package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.vocabulary.Labelled;

public enum DeliveryStatus implements Labelled {
    /** Waiting for its (next) attempt. */
    PENDING("待投递"),
    DELIVERED("已投递"),
    /** Given up after the last attempt. */
    FAILED("投递失败"),
    /** Not sent: the target's host resolved to an address that is not public (API.md v1.1); re-send by hand. */
    REFUSED("已拒绝投递");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
