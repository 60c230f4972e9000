package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.vocabulary.Labelled;

import java.util.List;

/** A unit's credit standing: blacklisting and credit repair move it between the two. */
public enum CreditStatus implements Labelled {
    NORMAL("正常"),
    BLACKLISTED("严重违法失信");

    private final String label;

    CreditStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static CreditStatus of(boolean blacklisted) {
        return blacklisted ? BLACKLISTED : NORMAL;
    }

    /** What may be done from here: blacklist a unit in good standing, repair the credit of a blacklisted one. */
    public List<String> allowedActions() {
        return CreditLifecycle.allowedActions(this);
    }
}
