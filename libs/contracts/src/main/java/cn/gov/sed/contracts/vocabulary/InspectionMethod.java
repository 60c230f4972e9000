package cn.gov.sed.contracts.vocabulary;

/** How an inspection is run (检查方式). */
public enum InspectionMethod implements Labelled {
    FOUR_NO_TWO_DIRECT("四不两直"),
    COVERT("暗查暗访"),
    SURPRISE("突击检查"),
    JOINT("联合检查"),
    ROUTINE("日常检查"),
    SPECIAL("专项检查");

    private final String label;

    InspectionMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
