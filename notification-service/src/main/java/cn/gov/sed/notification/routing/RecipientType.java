package cn.gov.sed.notification.routing;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** Whom a notification is addressed to: a user, a unit, a department or a role (of a district, or the city). */
public enum RecipientType implements Labelled {
    USER("用户"),
    UNIT("单位"),
    DEPARTMENT("部门"),
    ROLE("岗位");

    private final String label;

    RecipientType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
