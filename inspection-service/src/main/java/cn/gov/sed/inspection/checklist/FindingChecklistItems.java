package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.reference.EquipmentCatalogue;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reading the checklist catalogue (open to all): the items for a category, all of them, or one. */
@ApplicationScoped
public class FindingChecklistItems {
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
        return ChecklistItemView.of(find(code));
    }

    /** The item, retired or not; 404 when unknown. */
    ChecklistItem find(String code) {
        ChecklistItem item = ChecklistItem.findById(code);
        if (item == null) {
            throw ProblemException.notFound("checklist item");
        }
        return item;
    }
}
