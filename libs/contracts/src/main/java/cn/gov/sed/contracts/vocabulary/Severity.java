package cn.gov.sed.contracts.vocabulary;

/** Hazard grade (隐患等级): minor ones are fixed on the spot; general and major ones enter the two lists. */
public enum Severity implements Labelled {
    MINOR("轻微"),
    GENERAL("一般"),
    MAJOR("重大");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
