package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** Where a publication appears. */
public enum Channel implements Labelled {
    WECHAT("微信"),
    WEIBO("微博"),
    DOUYIN("抖音"),
    WEBSITE("网站");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A social platform reached through the operator's account (the website is this service's own public face). */
    public boolean social() {
        return this != WEBSITE;
    }
}
