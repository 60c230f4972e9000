package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.reference.EquipmentCatalogue;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The city adds an item of its own to the catalogue (the standard items come from ReferenceData). */
@ApplicationScoped
public class ExtendingTheChecklist {
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
        ChecklistItem item = ChecklistItem.add(request);
        item.persist();
        return ChecklistItemView.of(item);
    }
}
