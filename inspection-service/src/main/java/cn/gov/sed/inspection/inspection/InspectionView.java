package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An inspection with its findings and what may be done next. */
@Schema(name = "Inspection", description = "an inspection (监督检查) with its findings and what may be done next")
public record InspectionView(UUID id, String documentNumber, String district, UUID unitId, String unitName,
                             String unitUscc, InspectionMethod method, InspectionStatus status, String statusLabel,
                             List<String> allowedActions, OffsetDateTime plannedAt,
                             @Schema(nullable = true, description = "null until started") OffsetDateTime startedAt,
                             @Schema(nullable = true, description = "where it took place, as given when started; null"
                                     + " until then or when not given") String location,
                             @Schema(nullable = true, description = "null until completed") OffsetDateTime completedAt,
                             List<Inspector> inspectors,
                             List<String> departments, List<FindingView> findings, OffsetDateTime createdAt,
                             String createdBy, long version) implements Versioned {

    public static InspectionView of(Inspection i, Unit unit, List<Finding> findings) {
        return new InspectionView(i.id, i.documentNumber(), i.district, i.unitId, unit == null ? null : unit.name,
                unit == null ? null : unit.uscc, i.method, i.status, i.status.label(),
                InspectionLifecycle.allowedActions(i.status), Zones.shanghai(i.plannedAt),
                Zones.shanghai(i.startedAt), i.location, Zones.shanghai(i.completedAt),
                i.inspectors.stream().map(p -> new Inspector(p.name, p.certificateNo)).toList(),
                List.copyOf(i.departments), findings.stream().map(FindingView::of).toList(),
                Zones.shanghai(i.createdAt), i.createdBy, i.version);
    }
}
