package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.hazard.common.DateRange;
import cn.gov.sed.hazard.common.Json;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 制度措施清单: the city keeps measures anywhere (a null district is city-wide); a district bureau keeps those of
 * its district and reads the city-wide ones too.
 */
@ApplicationScoped
public class MeasureService {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "dueDate", "dueDate",
            "title", "title", "status", "status");

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Preconditions preconditions;

    @Transactional
    public MeasureView create(MeasureRequest r) {
        check(r);
        requireMayChange(r.district());
        Measure m = new Measure();
        m.id = UUID.randomUUID();
        m.createdAt = clock.instant();
        m.createdBy = caller.sub();
        apply(m, r);
        m.persistAndFlush();
        return MeasureView.of(m);
    }

    @Transactional
    public MeasureView update(UUID id, MeasureRequest r) {
        Measure m = inScope(id);
        requireMayChange(m.district);
        check(r);
        requireMayChange(r.district());
        preconditions.checkIfMatch(m.version);
        apply(m, r);
        m.persistAndFlush();
        return MeasureView.of(m);
    }

    @Transactional
    public MeasureView get(UUID id) {
        return MeasureView.of(inScope(id));
    }

    @Transactional
    public PageResponse<MeasureView> list(MeasureFilter filter, PageParams page) {
        PageRequest request = PageRequest.of(page, SORTABLE, "-createdAt");
        Where where = filter.toWhere(caller);
        return PageResponse.of(Measure.find(where.hql(), request.sort(), where.hqlParams()), request, MeasureView::of);
    }

    private Measure inScope(UUID id) {
        Where where = MeasureFilter.scope(caller, new Where().eq("id", id));
        Measure m = Measure.find(where.hql(), where.hqlParams()).firstResult();
        if (m == null) {
            throw ProblemException.notFound("measure");
        }
        return m;
    }

    /** The city changes any measure; a district bureau only those of its own district (403 otherwise). */
    private void requireMayChange(String district) {
        if (caller.isCity()) {
            return;
        }
        if (district == null) {
            throw ProblemException.forbidden("city-wide measures are kept by the city");
        }
        if (!district.equals(caller.district())) {
            throw ProblemException.forbidden("district " + district + " is outside your scope");
        }
    }

    /** Presence and codes; sizes and null elements are bounded by Bean Validation on {@link MeasureRequest}. */
    private static void check(MeasureRequest r) {
        if (r == null) {
            throw ValidationException.of("body", "is required");
        }
        var reference = ReferenceData.get();
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(r.title() != null && !r.title().isBlank(), "title", "is required");
        errors.check(r.kind() != null, "kind", "is required (SYSTEM or MEASURE)");
        if (r.leadDepartment() == null || r.leadDepartment().isBlank()) {
            errors.add("leadDepartment", "is required");
        } else {
            errors.check(reference.departments().contains(r.leadDepartment()), "leadDepartment", "unknown department code");
        }
        List<String> cooperating = orEmpty(r.cooperatingDepartments());
        for (int i = 0; i < cooperating.size(); i++) {
            errors.check(reference.departments().contains(cooperating.get(i)), "cooperatingDepartments[" + i + "]",
                    "unknown department code");
        }
        if (r.district() != null) {
            errors.check(reference.districts().contains(r.district()), "district", "unknown district code");
        }
        errors.check(DateRange.contains(r.dueDate()), "dueDate", DateRange.MESSAGE);
        if (r.addresses() != null) {
            List<String> items = orEmpty(r.addresses().checklistItems());
            for (int i = 0; i < items.size(); i++) {
                errors.check(ReferenceData.get().checklist().contains(items.get(i)), "addresses.checklistItems[" + i + "]",
                        "unknown checklist item code");
            }
            List<String> categories = orEmpty(r.addresses().equipmentCategories());
            for (int i = 0; i < categories.size(); i++) {
                errors.check(reference.equipmentCatalogue().contains(categories.get(i)),
                        "addresses.equipmentCategories[" + i + "]", "unknown equipment category code");
            }
        }
        errors.throwIfAny();
    }

    private static void apply(Measure m, MeasureRequest r) {
        MeasureRequest.Addresses a = r.addresses() == null ? new MeasureRequest.Addresses(null, null, null) : r.addresses();
        m.title = r.title().strip();
        m.description = r.description();
        m.kind = r.kind();
        m.checklistItems = Json.write(orEmpty(a.checklistItems()));
        m.hazardTypes = Json.write(a.hazardTypes() == null ? List.of() : a.hazardTypes().stream().map(Enum::name).toList());
        m.equipmentCategories = Json.write(orEmpty(a.equipmentCategories()));
        m.leadDepartment = r.leadDepartment();
        m.cooperatingDepartments = Json.write(orEmpty(r.cooperatingDepartments()));
        m.district = r.district();
        m.dueDate = r.dueDate();
        m.status = r.status() == null ? MeasureStatus.DRAFT : r.status();
        m.documentNumber = r.documentNumber();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
