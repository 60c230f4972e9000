package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The body of POST and PUT /api/v1/equipment (and one row of an import). */
public record EquipmentRequest(
        @NotNull UUID unitId,
        @Schema(description = "a leaf code of a registrable kind of the catalogue (1000–6000, 8000, 9000)",
                examples = "3110") @NotBlank @Size(max = Limits.NAME) String category,
        @Schema(description = "18 characters starting with the category code (设备代码), or a 20-digit 注册代码",
                examples = "311012345202100001")
        @NotBlank @Size(max = Limits.NAME) String equipmentCode,
        @Schema(description = "使用登记证编号, may be empty", examples = "梯11津A00001(21)") @Size(max = 50)
        String registrationNumber,
        @Schema(description = "SCHOOL 学校, HOSPITAL 医院, ELDERLY_CARE 养老机构, MALL 商场, RESIDENTIAL 住宅小区, HOTEL 宾馆酒店,"
                + " TRANSPORT_HUB 交通枢纽, TOURIST_SITE 旅游景区, FACTORY 工厂企业, CONSTRUCTION_SITE 建筑工地, PORT 港口码头,"
                + " OTHER 其他") @NotNull UsageEnvironment usageEnvironment,
        @Schema(description = "where it stands (使用地点)", examples = "3号楼2单元") @Size(max = Limits.NAME) String location,
        @Schema(description = "下次检验日期, may be empty", examples = "2027-06-30") LocalDate nextInspectionDue,
        @Schema(description = "IN_USE 在用 (default), STOPPED 停用, SCRAPPED 报废") EquipmentStatus status) {
}
