package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.Labelled;

/** Which kind of code identifies a piece of equipment. */
public enum EquipmentCodeFormat implements Labelled {
    /** 18 characters: 4 category (品种) + 5 maker + 4 year + 5 sequence. */
    CURRENT("设备代码"),
    /** 20 digits, carried by older equipment. */
    LEGACY("注册代码");

    private final String label;

    EquipmentCodeFormat(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
