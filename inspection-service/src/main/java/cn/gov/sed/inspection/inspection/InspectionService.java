package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.inspection.checklist.ChecklistItem;
import cn.gov.sed.inspection.common.Periods;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.inspection.equipment.Equipment;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.inspection.unit.UnitService;
import cn.gov.sed.platform.files.FileInfo;
import cn.gov.sed.platform.files.FileStore;
import cn.gov.sed.platform.files.FileType;
import cn.gov.sed.platform.files.StoredFile;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Planning and running inspections (监督检查), recording findings, and completing them (HazardFound). */
@ApplicationScoped
public class InspectionService {
    /** Owner type of inspection photos in the file store. */
    public static final String PHOTO_OWNER = "inspection";
    private static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;

    @Inject
    UnitService units;
    @Inject
    InspectionScope scope;
    @Inject
    Caller caller;
    @Inject
    Preconditions preconditions;
    @Inject
    FileStore files;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Transactional
    public InspectionView plan(InspectionRequest request) {
        ValidationException.Builder errors = ValidationException.builder();
        References.district(errors, "district", request.district());
        List<String> departments = request.departments() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.departments().stream().map(String::strip).toList()));
        for (int i = 0; i < departments.size(); i++) {
            References.department(errors, "departments[" + i + "]", departments.get(i));
        }
        errors.check(request.method() != InspectionMethod.JOINT || !departments.isEmpty(), "departments",
                "a JOINT inspection needs at least one department");
        errors.throwIfAny();
        scope.requireWritable(request.district()); // the city may inspect any district (covert checks)
        Unit unit = units.referenced("unitId", request.unitId());
        if (!unit.district.equals(request.district())) {
            throw ValidationException.of("unitId", "the unit is not in district " + request.district());
        }
        long number = ((Number) Inspection.getEntityManager()
                .createNativeQuery("SELECT nextval('inspection_number_seq')").getSingleResult()).longValue();
        Inspection inspection = Inspection.plan(number, request.district(), unit.id, request.method(),
                request.plannedAt().toInstant(), request.inspectors().stream()
                        .map(p -> new InspectorEntry(p.name().strip(), p.certificateNo().strip())).toList(),
                departments, caller.sub(), clock.instant());
        inspection.persist();
        return view(inspection);
    }

    @Transactional
    public InspectionView start(UUID id, StartRequest request) {
        Inspection inspection = changeable(id);
        inspection.start(request.startedAt().toInstant(), QueryParams.blankToNull(request.location()))
                .forEach(outbox::record);
        Inspection.getEntityManager().flush();
        return view(inspection);
    }

    @Transactional
    public FileInfo addPhoto(UUID id, FileUpload upload) {
        Inspection inspection = changeable(id);
        inspection.requirePhotosAllowed();
        return files.store(PHOTO_OWNER, inspection.id, upload, Set.of(FileType.JPEG, FileType.PNG, FileType.HEIC),
                MAX_PHOTO_BYTES, caller.sub());
    }

    @Transactional
    public StoredFile photo(UUID id, UUID photoId) {
        Inspection inspection = findVisible(id);
        return files.find(PHOTO_OWNER, inspection.id, photoId).orElseThrow(() -> ProblemException.notFound("photo"));
    }

    @Transactional
    public FindingView addFinding(UUID id, FindingRequest request) {
        Inspection inspection = changeable(id);
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

    @Transactional
    public FindingView finding(UUID id, UUID findingId) {
        Inspection inspection = findVisible(id);
        Finding finding = Finding.findById(findingId);
        if (finding == null || !finding.inspectionId.equals(inspection.id)) {
            throw ProblemException.notFound("finding");
        }
        return FindingView.of(finding);
    }

    /** COMPLETED, and in the same transaction one HazardFound per finding and one InspectionCompleted. */
    @Transactional
    public InspectionView complete(UUID id) {
        Inspection inspection = changeable(id);
        Unit unit = Unit.findById(inspection.unitId);
        List<Finding> findings = findingsOf(inspection.id);
        inspection.complete(clock.instant(), unit, findings).forEach(outbox::record);
        Inspection.getEntityManager().flush();
        return InspectionView.of(inspection, unit, findings);
    }

    @Transactional
    public InspectionView get(UUID id) {
        return view(findVisible(id));
    }

    /** What the instruction (监察指令书) prints; only a completed inspection has one. */
    @Transactional
    public InstructionDocument.Content instruction(UUID id) {
        Inspection inspection = findVisible(id);
        if (inspection.status != InspectionStatus.COMPLETED) {
            throw ProblemException.illegalTransition("instruction.pdf", inspection.status,
                    InspectionLifecycle.allowedActions(inspection.status));
        }
        return new InstructionDocument.Content(inspection, Unit.findById(inspection.unitId),
                findingsOf(inspection.id));
    }

    @Transactional
    public PageResponse<InspectionView> list(InspectionFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, Map.of("plannedAt", "plannedAt", "createdAt", "createdAt",
                "status", "status"), "-plannedAt");
        if (filter.district != null) {
            References.requireKnownDistrict(filter.district);
            scope.requireDistrict(filter.district);
        }
        QueryParams q = new QueryParams();
        UUID unitId = q.uuid(filter.unitId, "unitId");
        InspectionStatus status = q.enumOf(InspectionStatus.class, filter.status, "status");
        InspectionMethod method = q.enumOf(InspectionMethod.class, filter.method, "method");
        Instant from = q.from(filter.from, "from");
        Instant to = q.to(filter.to, "to");
        q.throwIfAny();
        Where where = scope.limit(new Where(), "district", "unitId")
                .in("status", caller.isUnit() ? InspectionStatus.SHOWN_TO_UNITS : null)
                .eq("district", filter.district)
                .eq("unitId", unitId)
                .eq("status", status)
                .eq("method", method)
                .ge("plannedAt", from);
        Periods.atOrBefore(where, "plannedAt", filter.to, to);
        PanacheQuery<Inspection> query = Inspection.find(where.hql(), request.sort(), where.hqlParams());
        PageResponse<Inspection> inspections = PageResponse.of(query, request, i -> i);
        // the page's units and findings in two queries, not two per inspection
        List<UUID> ids = inspections.items().stream().map(i -> i.id).toList();
        List<UUID> unitIds = inspections.items().stream().map(i -> i.unitId).distinct().toList();
        Map<UUID, List<Finding>> findings = ids.isEmpty() ? Map.of() : Finding.<Finding>list("inspectionId in ?1",
                Sort.ascending("foundAt").and("id"), ids).stream().collect(Collectors.groupingBy(f -> f.inspectionId));
        Map<UUID, Unit> unitsById = unitIds.isEmpty() ? Map.of() : Unit.<Unit>list("id in ?1", unitIds).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u));
        return new PageResponse<>(inspections.items().stream().map(i -> InspectionView.of(i,
                unitsById.get(i.unitId), findings.getOrDefault(i.id, List.of()))).toList(),
                inspections.page(), inspections.size(), inspections.total());
    }

    private InspectionView view(Inspection inspection) {
        return InspectionView.of(inspection, Unit.findById(inspection.unitId), findingsOf(inspection.id));
    }

    private static List<Finding> findingsOf(UUID inspectionId) {
        return Finding.list("inspectionId", Sort.ascending("foundAt").and("id"), inspectionId);
    }

    /** The inspection when the caller may see it (a unit: its own, once started); 404 otherwise. */
    Inspection findVisible(UUID id) {
        Inspection inspection = Inspection.findById(id);
        if (inspection == null || !scope.canSee(inspection.district, inspection.unitId)
                || (caller.isUnit() && !InspectionStatus.SHOWN_TO_UNITS.contains(inspection.status))) {
            throw ProblemException.notFound("inspection");
        }
        return inspection;
    }

    /** An inspection the caller may act on; If-Match honoured. */
    private Inspection changeable(UUID id) {
        Inspection inspection = findVisible(id);
        scope.requireWritable(inspection.district);
        preconditions.checkIfMatch(inspection.version);
        return inspection;
    }
}
