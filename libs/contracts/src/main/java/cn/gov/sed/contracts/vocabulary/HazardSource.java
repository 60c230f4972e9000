package cn.gov.sed.contracts.vocabulary;

/** Where a hazard came from. */
public enum HazardSource implements Labelled {
    INSPECTION("监督检查"),
    DEPARTMENT_REPORT("部门移交");

    private final String label;

    HazardSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
