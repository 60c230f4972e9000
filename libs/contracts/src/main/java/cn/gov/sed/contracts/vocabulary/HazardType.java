package cn.gov.sed.contracts.vocabulary;

/** Root cause of a hazard (隐患类型), used for analysis of shared problems. */
public enum HazardType implements Labelled {
    RESPONSIBILITY("主体责任"),
    MANAGEMENT_SYSTEM("管理制度"),
    OPERATING_PROCEDURE("操作规程"),
    EQUIPMENT_CONDITION("设备状况"),
    PERSONNEL_QUALIFICATION("人员资格"),
    INSPECTION_OVERDUE("超期未检"),
    OTHER("其他");

    private final String label;

    HazardType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
