package cn.gov.sed.inspection.reference;

import cn.gov.sed.contracts.reference.EquipmentCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One code of the special-equipment catalogue as the API shows it (the contracts' record, with its null documented). */
@Schema(name = "EquipmentCategory", description = "one code of the special-equipment catalogue (特种设备目录)")
public record EquipmentCategoryView(
        @Schema(examples = "3110") String code,
        @Schema(nullable = true, description = "the parent code; null for a kind (种类), the root of a tree",
                examples = "3100") String parent,
        @Schema(examples = "曳引驱动乘客电梯") String nameZh,
        String nameEn) {

    static EquipmentCategoryView of(EquipmentCategory c) {
        return new EquipmentCategoryView(c.code(), c.parent(), c.nameZh(), c.nameEn());
    }
}
