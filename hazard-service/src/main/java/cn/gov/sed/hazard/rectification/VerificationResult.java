package cn.gov.sed.hazard.rectification;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** Outcome of a re-inspection (复查结论). */
public enum VerificationResult implements Labelled {
    PASSED("复查合格"),
    FAILED("复查不合格");

    private final String label;

    VerificationResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
