package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.vocabulary.HazardType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A measure as sent (create and replace). */
public record MeasureRequest(
        @Schema(required = true) String title,
        String description,
        @Schema(description = "SYSTEM 制度, MEASURE 措施", required = true) MeasureKind kind,
        Addresses addresses,
        @Schema(description = "牵头部门 (department code)", required = true) String leadDepartment,
        @Schema(description = "配合部门 (department codes)") List<String> cooperatingDepartments,
        @Schema(description = "null: city-wide (city only)") String district,
        LocalDate dueDate,
        @Schema(description = "DRAFT 起草中 (default), ADOPTED 已通过, IN_FORCE 已施行") MeasureStatus status,
        @Schema(description = "文号") String documentNumber) {

    /** What the measure addresses: checklist items, hazard types, equipment categories. */
    public record Addresses(List<String> checklistItems, List<HazardType> hazardTypes, List<String> equipmentCategories) {
    }
}
