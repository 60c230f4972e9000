package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.common.Json;
import cn.gov.sed.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Measure")
public record MeasureView(
        UUID id,
        String title,
        @Schema(nullable = true, description = "内容; null when not given") String description,
        MeasureKind kind,
        MeasureRequest.Addresses addresses,
        @Schema(description = "牵头部门 (department code)") String leadDepartment,
        @Schema(description = "配合部门 (department codes); empty when none") List<String> cooperatingDepartments,
        @Schema(nullable = true, description = "district code; null: city-wide (全市)") String district,
        @Schema(nullable = true, implementation = String.class, format = "date", description = "完成时限; null when not set") LocalDate dueDate,
        MeasureStatus status,
        @Schema(nullable = true, description = "文号; null when not given") String documentNumber,
        OffsetDateTime createdAt,
        long version) implements Versioned {
    public static MeasureView of(Measure m) {
        return new MeasureView(m.id, m.title, m.description, m.kind,
                new MeasureRequest.Addresses(Json.readStrings(m.checklistItems),
                        Json.readStrings(m.hazardTypes).stream().map(HazardType::valueOf).toList(),
                        Json.readStrings(m.equipmentCategories)),
                m.leadDepartment, Json.readStrings(m.cooperatingDepartments), m.district, m.dueDate, m.status,
                m.documentNumber, Zones.shanghai(m.createdAt), m.version);
    }
}
