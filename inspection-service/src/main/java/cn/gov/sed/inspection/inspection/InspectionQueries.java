package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.files.FileStore;
import cn.gov.sed.platform.files.StoredFile;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static cn.gov.sed.inspection.inspection.InspectionAccess.PHOTO_OWNER;

/** Reading inspections in the caller's scope: one, a page, a finding, a photo, the instruction's content. */
@ApplicationScoped
public class InspectionQueries {
    @Inject
    InspectionScope scope;
    @Inject
    Caller caller;
    @Inject
    FileStore files;
    @Inject
    InspectionAccess access;

    @Transactional
    public InspectionView get(UUID id) {
        return access.view(access.findVisible(id));
    }

    @Transactional
    public FindingView finding(UUID id, UUID findingId) {
        Inspection inspection = access.findVisible(id);
        Finding finding = Finding.findById(findingId);
        if (finding == null || !finding.inspectionId.equals(inspection.id)) {
            throw ProblemException.notFound("finding");
        }
        return FindingView.of(finding);
    }

    @Transactional
    public StoredFile photo(UUID id, UUID photoId) {
        Inspection inspection = access.findVisible(id);
        return files.find(PHOTO_OWNER, inspection.id, photoId).orElseThrow(() -> ProblemException.notFound("photo"));
    }

    /** What the instruction (监察指令书) prints; only a completed inspection has one. */
    @Transactional
    public InstructionDocument.Content instruction(UUID id) {
        Inspection inspection = access.findVisible(id);
        if (inspection.status != InspectionStatus.COMPLETED) {
            throw ProblemException.illegalTransition("instruction.pdf", inspection.status,
                    InspectionLifecycle.allowedActions(inspection.status));
        }
        return new InstructionDocument.Content(inspection, Unit.findById(inspection.unitId),
                InspectionAccess.findingsOf(inspection.id));
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
        QueryParams.PeriodEnd to = q.atOrBefore(filter.to, "to");
        q.throwIfAny();
        Where where = scope.limit(new Where(), "district", "unitId")
                .in("status", caller.isUnit() ? InspectionStatus.SHOWN_TO_UNITS : null)
                .eq("district", filter.district)
                .eq("unitId", unitId)
                .eq("status", status)
                .eq("method", method)
                .ge("plannedAt", from)
                .atOrBefore("plannedAt", to);
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
}
