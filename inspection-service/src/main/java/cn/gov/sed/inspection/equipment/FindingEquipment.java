package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.reference.EquipmentCatalogue;
import cn.gov.sed.contracts.reference.EquipmentCategory;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.inspection.common.InspectionScope;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finding equipment in the caller's scope: one, or a page; outside the scope it is unknown (404). */
@ApplicationScoped
public class FindingEquipment {
    @Inject
    InspectionScope scope;
    @Inject
    Clock clock;

    @Transactional
    public EquipmentView get(UUID id) {
        return EquipmentView.of(findVisible(id));
    }

    @Transactional
    public PageResponse<EquipmentView> list(EquipmentFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, Map.of("equipmentCode", "equipmentCode", "category", "category",
                "nextInspectionDue", "nextInspectionDue", "createdAt", "createdAt"), "-createdAt");
        if (filter.district != null) {
            References.requireKnownDistrict(filter.district);
            scope.requireDistrict(filter.district);
        }
        List<String> categories = null;
        if (filter.category != null && !filter.category.isBlank()) {
            EquipmentCatalogue catalogue = ReferenceData.get().equipmentCatalogue();
            if (!catalogue.contains(filter.category)) {
                throw ValidationException.of("category", "unknown equipment category '" + filter.category + "'");
            }
            categories = catalogue.codes().all().stream().map(EquipmentCategory::code)
                    .filter(c -> catalogue.isWithin(c, filter.category)).toList();
        }
        QueryParams q = new QueryParams();
        Boolean overdue = q.bool(filter.inspectionOverdue, "inspectionOverdue");
        UUID unitId = q.uuid(filter.unitId, "unitId");
        UsageEnvironment usageEnvironment = q.enumOf(UsageEnvironment.class, filter.usageEnvironment,
                "usageEnvironment");
        EquipmentStatus status = q.enumOf(EquipmentStatus.class, filter.status, "status");
        q.throwIfAny();
        LocalDate today = Zones.today(clock);
        Where where = scope.limit(new Where(), "district", "unitId")
                .eq("unitId", unitId)
                .eq("district", filter.district)
                .in("category", categories)
                .eq("usageEnvironment", usageEnvironment)
                .eq("status", status);
        if (overdue != null) {
            where.raw(overdue ? "{nextInspectionDue} < ?"
                    : "({nextInspectionDue} is null or {nextInspectionDue} >= ?)", today);
        }
        return PageResponse.of(Equipment.find(where.hql(), request.sort(), where.hqlParams()), request,
                EquipmentView::of);
    }

    /** The equipment when the caller may see it; 404 otherwise (never reveal that it exists). */
    public Equipment findVisible(UUID id) {
        Equipment equipment = Equipment.findById(id);
        if (equipment == null || !scope.canSee(equipment.district, equipment.unitId)) {
            throw ProblemException.notFound("equipment");
        }
        return equipment;
    }
}
