package cn.gov.sed.notification.channels;

import cn.gov.sed.contracts.vocabulary.Labelled;

public enum MessageStatus implements Labelled {
    /** Waiting for its (next) attempt, or held by quiet hours. */
    PENDING("待发送"),
    /** The SMTP server or the SMS gateway accepted it. */
    SENT("已发送"),
    /** Given up after the last attempt. */
    FAILED("发送失败");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
