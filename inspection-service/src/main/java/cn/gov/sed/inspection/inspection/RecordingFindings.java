package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.inspection.checklist.ChecklistItem;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.inspection.equipment.Equipment;
import cn.gov.sed.platform.files.FileInfo;
import cn.gov.sed.platform.files.FileStore;
import cn.gov.sed.platform.files.FileType;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static cn.gov.sed.inspection.inspection.InspectionAccess.PHOTO_OWNER;

/** Recording on site, while IN_PROGRESS: photos, and findings on the unit's equipment against checklist items. */
@ApplicationScoped
public class RecordingFindings {
    @Inject
    Caller caller;
    @Inject
    FileStore files;
    @Inject
    Clock clock;
    @Inject
    InspectionAccess access;

    private static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;

    @Transactional
    public FileInfo addPhoto(UUID id, FileUpload upload) {
        Inspection inspection = access.changeable(id);
        inspection.requirePhotosAllowed();
        return files.store(PHOTO_OWNER, inspection.id, upload, Set.of(FileType.JPEG, FileType.PNG, FileType.HEIC),
                MAX_PHOTO_BYTES, caller.sub());
    }

    @Transactional
    public FindingView addFinding(UUID id, FindingRequest request) {
        Inspection inspection = access.changeable(id);
        inspection.requireFindingsAllowed();

        ValidationException.Builder errors = ValidationException.builder();
        Equipment equipment = Equipment.findById(request.equipmentId());
        if (equipment == null || !equipment.unitId.equals(inspection.unitId)) {
            errors.add("equipmentId", "not equipment of the inspected unit");
        }
        ChecklistItem item = ChecklistItem.findById(request.checklistItemCode());
        if (item == null) {
            errors.add("checklistItemCode", "unknown checklist item '" + request.checklistItemCode() + "'");
        } else if (item.retired) {
            errors.add("checklistItemCode", "checklist item " + item.code + " is retired");
        } else if (equipment != null && !item.appliesTo(
                ReferenceData.get().equipmentCatalogue().selfAndAncestors(equipment.category))) {
            errors.add("checklistItemCode", "checklist item " + item.code + " does not apply to category "
                    + equipment.category);
        }
        String severityReason = QueryParams.blankToNull(request.severityReason());
        if (item != null && request.severity() != null && request.severity() != item.defaultSeverity) {
            errors.check(severityReason != null, "severityReason",
                    "is required when the severity differs from the item's " + item.defaultSeverity);
        }
        List<UUID> photoIds = request.photoIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.photoIds()));
        if (!photoIds.isEmpty()) {
            Set<UUID> known = new java.util.HashSet<>(files.describe(PHOTO_OWNER, inspection.id, photoIds).stream()
                    .map(FileInfo::id).toList());
            for (int i = 0; i < photoIds.size(); i++) {
                errors.check(known.contains(photoIds.get(i)), "photoIds[" + i + "]", "not a photo of this inspection");
            }
        }
        errors.throwIfAny();

        Finding finding = Finding.record(inspection, equipment, item, request.description().strip(),
                request.severity(), severityReason, request.hazardType(), photoIds, clock.instant(), caller.sub());
        finding.persist();
        // the inspection (with its findings) changed: a new version, and concurrent recorders are serialised
        Inspection.getEntityManager().lock(inspection, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return FindingView.of(finding);
    }
}
