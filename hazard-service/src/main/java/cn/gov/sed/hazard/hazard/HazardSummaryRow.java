package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The columns of a hazard a summary shows, read by a projection (Panache {@code project}: the names are the
 * entity's fields), so the list's summary view never reads the nested records' jsonb columns.
 */
public record HazardSummaryRow(UUID id, String district, UUID findingId, UUID inspectionId, InspectionMethod method,
                               Instant foundAt, UUID unitId, String unitUscc, String unitName, String industry,
                               UUID equipmentId, String equipmentCode, String equipmentCategory,
                               UsageEnvironment usageEnvironment, String checklistItemCode, Severity severity,
                               HazardType hazardType, String description, HazardStatus status, boolean listed,
                               LocalDate deadline, HazardSource source, String reportingDepartment,
                               LocalDate registeredOn, int rounds, Instant createdAt, long version) {
}
