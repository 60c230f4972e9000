package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.reference.EquipmentCatalogue;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.inspection.common.References;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The checklist catalogue the city maintains (检查内容与隐患标准). */
@ApplicationScoped
public class ChecklistService {
    @Inject
    Preconditions preconditions;

    /** The items for a category (its own, its ancestors' and the '*' items), or all items without one. */
    @Transactional
    public List<ChecklistItemView> list(String category) {
        List<ChecklistItem> items = ChecklistItem.listAll(Sort.ascending("code"));
        if (category == null || category.isBlank()) {
            return items.stream().map(ChecklistItemView::of).toList();
        }
        EquipmentCatalogue catalogue = ReferenceData.get().equipmentCatalogue();
        if (!catalogue.contains(category)) {
            throw ValidationException.of("category", "unknown equipment category '" + category + "'");
        }
        List<String> chain = catalogue.selfAndAncestors(category);
        return items.stream().filter(i -> i.appliesTo(chain)).map(ChecklistItemView::of).toList();
    }

    @Transactional
    public ChecklistItemView get(String code) {
        ChecklistItem item = ChecklistItem.findById(code);
        if (item == null) {
            throw ProblemException.notFound("checklist item");
        }
        return ChecklistItemView.of(item);
    }

    @Transactional
    public ChecklistItemView add(ChecklistItemRequest request) {
        ValidationException.Builder errors = ValidationException.builder();
        EquipmentCatalogue catalogue = ReferenceData.get().equipmentCatalogue();
        for (int i = 0; i < request.categories().size(); i++) {
            String c = request.categories().get(i).strip();
            errors.check(c.equals(ChecklistItem.ALL_CATEGORIES) || catalogue.contains(c), "categories[" + i + "]",
                    "unknown equipment category '" + c + "'");
        }
        errors.throwIfAny();
        if (ChecklistItem.findById(request.code()) != null) {
            throw ProblemException.duplicate("checklist item " + request.code() + " already exists");
        }
        ChecklistItem item = new ChecklistItem();
        item.code = request.code();
        item.categories = String.join(";", request.categories().stream().map(String::strip).distinct().toList());
        item.content = request.content().strip();
        item.hazardStandard = request.hazardStandard().strip();
        item.defaultSeverity = request.defaultSeverity();
        item.hazardType = request.hazardType();
        item.basis = QueryParams.blankToNull(request.basis());
        item.persist();
        return ChecklistItemView.of(item);
    }

    /** Retires an item: findings keep their snapshot, new findings may not use it. Retiring twice changes nothing. */
    @Transactional
    public ChecklistItemView retire(String code) {
        ChecklistItem item = ChecklistItem.findById(code);
        if (item == null) {
            throw ProblemException.notFound("checklist item");
        }
        preconditions.checkIfMatch(item.version);
        if (!item.retired) {
            item.retired = true;
            ChecklistItem.getEntityManager().flush();
        }
        return ChecklistItemView.of(item);
    }
}
