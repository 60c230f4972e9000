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
        @Schema(required = true) @Size(max = Limits.NAME) String title,
        @Size(max = Limits.TEXT) String description,
        @Schema(description = "SYSTEM 制度, MEASURE 措施", required = true) MeasureKind kind,
        @Valid Addresses addresses,
        @Schema(description = "牵头部门 (department code)", required = true) @Size(max = Limits.NAME) String leadDepartment,
        @Schema(description = "配合部门 (department codes)")
        @Size(max = Limits.DEPARTMENTS) List<@NotNull @Size(max = Limits.NAME) String> cooperatingDepartments,
        @Schema(description = "null: city-wide (city only)") @Size(max = Limits.NAME) String district,
        LocalDate dueDate,
        @Schema(description = "DRAFT 起草中 (default), ADOPTED 已通过, IN_FORCE 已施行") MeasureStatus status,
        // the column has always held 100 characters: the smaller limit stays
        @Schema(description = "文号") @Size(max = DOCUMENT_NUMBER) String documentNumber) {

    static final int DOCUMENT_NUMBER = 100;
    /** Codes a measure may address, per list: enough for any real measure, bounded against hostile bodies. */
    static final int ADDRESSED = 50;

    /** What the measure addresses: checklist items, hazard types, equipment categories. */
    public record Addresses(
            @Size(max = ADDRESSED) List<@NotNull @Size(max = Limits.NAME) String> checklistItems,
            @Size(max = ADDRESSED) List<@NotNull HazardType> hazardTypes,
            @Size(max = ADDRESSED) List<@NotNull @Size(max = Limits.NAME) String> equipmentCategories) {
    }
}
