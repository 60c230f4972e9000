package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** Where a publication's post on one social channel stands. */
public enum ChannelPostStatus implements Labelled {
    /** Waiting for its (next) attempt. */
    PENDING("待推送"),
    /** The platform accepted it (its post id is kept). */
    POSTED("已推送"),
    /** Given up after the last attempt. */
    FAILED("推送失败"),
    /** The operator configured no account for the channel when it was published: nothing sent, not an error. */
    SKIPPED("未配置渠道");

    private final String label;

    ChannelPostStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
