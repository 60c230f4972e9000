package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure as sent (create and replace). Bean Validation bounds the sizes (v1.1 limits); the measure service
 * checks presence and codes, naming every broken field at once.
 */
public record MeasureRequest(
        @Schema(description = "标题", examples = "住宅电梯维保质量提升专项制度", required = true) @Size(max = Limits.NAME) String title,
        @Schema(description = "内容", examples = "物业服务企业每半月组织维保单位对住宅电梯制动器开展专项检查，检查记录存档备查")
        @Size(max = Limits.TEXT) String description,
        @Schema(description = "SYSTEM 制度, MEASURE 措施", examples = "SYSTEM", required = true) MeasureKind kind,
        @Valid Addresses addresses,
        @Schema(description = "牵头部门 (department code)", examples = "HOUSING", required = true) @Size(max = Limits.NAME) String leadDepartment,
        @Schema(description = "配合部门 (department codes)")
        @Size(max = Limits.DEPARTMENTS) List<@NotNull @Size(max = Limits.NAME) String> cooperatingDepartments,
        @Schema(description = "district code; null: city-wide (city only)", examples = "120103") @Size(max = Limits.NAME) String district,
        @Schema(description = "完成时限", examples = "2027-03-31") LocalDate dueDate,
        @Schema(description = "DRAFT 起草中 (default), ADOPTED 已通过, IN_FORCE 已施行", examples = "DRAFT") MeasureStatus status,
        // the column has always held 100 characters: the smaller limit stays
        @Schema(description = "文号", examples = "津市监特〔2026〕12号") @Size(max = DOCUMENT_NUMBER) String documentNumber) {

    static final int DOCUMENT_NUMBER = 100;
    /** Codes a measure may address, per list: enough for any real measure, bounded against hostile bodies. */
    static final int ADDRESSED = 50;

    /** What the measure addresses: checklist items, hazard types, equipment categories. */
    @Schema(name = "MeasureAddresses", description = "what a measure addresses: checklist item codes, hazard types, equipment category codes")
    public record Addresses(
            @Size(max = ADDRESSED) List<@NotNull @Size(max = Limits.NAME) String> checklistItems,
            @Size(max = ADDRESSED) List<@NotNull HazardType> hazardTypes,
            @Size(max = ADDRESSED) List<@NotNull @Size(max = Limits.NAME) String> equipmentCategories) {
    }
}
