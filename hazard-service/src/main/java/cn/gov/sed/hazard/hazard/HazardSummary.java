package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A hazard as a list shows it ({@code GET /api/v1/hazards?view=summary}): the fields of {@link HazardView} under the
 * same names and with the same meaning, without the nested records (inspectors, plan and its history, reports,
 * verifications, enforcement actions, history), which are neither read from their JSON columns nor sent.
 */
@Schema(name = "HazardSummary", description = "a hazard as lists show it (view=summary): the fields of Hazard without "
        + "its nested records (inspectors, plan, planHistory, reports, verifications, enforcementActions, history)")
public record HazardSummary(
        UUID id,
        String district,
        @Schema(nullable = true, implementation = String.class, format = "uuid", description = "null for a department report") UUID findingId,
        @Schema(nullable = true, implementation = String.class, format = "uuid", description = "null for a department report") UUID inspectionId,
        @Schema(nullable = true, description = "the inspection method; null for a department report") InspectionMethod method,
        OffsetDateTime foundAt,
        @Schema(nullable = true, implementation = String.class, format = "uuid", description = "null for a department report") UUID unitId,
        String unitUscc,
        String unitName,
        @Schema(nullable = true, description = "industry code of the unit; null when not known (always for a department report)") String industry,
        @Schema(nullable = true, implementation = String.class, format = "uuid", description = "null for a department report") UUID equipmentId,
        @Schema(nullable = true, description = "设备代码; null when not given") String equipmentCode,
        String equipmentCategory,
        @Schema(nullable = true, description = "null when not known (always for a department report)") UsageEnvironment usageEnvironment,
        @Schema(nullable = true, description = "null for a department report") String checklistItemCode,
        @Schema(nullable = true, description = "MINOR 轻微, GENERAL 一般, MAJOR 重大; null until classified") Severity severity,
        @Schema(nullable = true, description = "null until classified") HazardType hazardType,
        @Schema(nullable = true, description = "null only when the finding carried none") String description,
        @Schema(description = "REPORTED 待甄别, RECORDED 已记录（轻微）, LISTED 已列入清单, REMOVED 已剔除, "
                + "RECTIFYING 整改中, PENDING_VERIFICATION 待复查, VERIFIED 已销号") HazardStatus status,
        @Schema(description = "in the problem-and-hazard list (general or major, not removed)") boolean listed,
        @Schema(description = "listed and verified: shown as closed (销号)") boolean closed,
        @Schema(nullable = true, implementation = String.class, format = "date", description = "the plan's time limit, or 15 days after registration before a plan exists; null before registration (REPORTED, or removed)") LocalDate deadline,
        boolean overdue,
        HazardSource source,
        @Schema(nullable = true, description = "department code of a report (部门移交); null for a hazard from an inspection") String reportingDepartment,
        @Schema(nullable = true, implementation = String.class, format = "date", description = "the day it was registered (listed or recorded); null while REPORTED or when removed") LocalDate registeredOn,
        @Schema(description = "failed re-inspections so far") int rounds,
        OffsetDateTime createdAt,
        long version) {

    public static HazardSummary of(HazardSummaryRow h, LocalDate today) {
        return new HazardSummary(h.id(), h.district(), h.findingId(), h.inspectionId(), h.method(),
                Zones.shanghai(h.foundAt()), h.unitId(), h.unitUscc(), h.unitName(), h.industry(), h.equipmentId(),
                h.equipmentCode(), h.equipmentCategory(), h.usageEnvironment(), h.checklistItemCode(), h.severity(),
                h.hazardType(), h.description(), h.status(), h.listed(),
                h.listed() && h.status() == HazardStatus.VERIFIED, h.deadline(),
                HazardRules.isOverdue(h.deadline(), h.status(), today), h.source(), h.reportingDepartment(),
                h.registeredOn(), h.rounds(), Zones.shanghai(h.createdAt()), h.version());
    }
}
