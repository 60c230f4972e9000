package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** 设备状态. */
public enum EquipmentStatus implements Labelled {
    IN_USE("在用"),
    STOPPED("停用"),
    SCRAPPED("报废");

    private final String label;

    EquipmentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
