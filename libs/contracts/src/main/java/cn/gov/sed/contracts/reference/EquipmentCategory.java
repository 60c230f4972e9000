package cn.gov.sed.contracts.reference;

/** One code of the national special-equipment catalogue (特种设备目录); {@code parent} is null for a kind (种类). */
public record EquipmentCategory(String code, String parent, String nameZh, String nameEn) {
}
