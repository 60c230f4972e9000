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
public record MeasureView(UUID id, String title, String description, MeasureKind kind, MeasureRequest.Addresses addresses,
                          String leadDepartment, List<String> cooperatingDepartments, String district,
                          LocalDate dueDate, MeasureStatus status, String documentNumber, OffsetDateTime createdAt,
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
