package cn.gov.sed.notification.channels;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** A way to reach people who are not looking at their inbox. */
public enum MessageChannel implements Labelled {
    EMAIL("电子邮件"),
    SMS("短信");

    private final String label;

    MessageChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
