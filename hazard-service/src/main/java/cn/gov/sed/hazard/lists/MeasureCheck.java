package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.hazard.common.DateRange;
import cn.gov.sed.platform.problem.ValidationException;

import java.util.List;

/**
 * A measure as sent, checked before it is kept (drafted or revised): presence and codes, every broken field named
 * in one 400. Sizes and null elements are bounded by Bean Validation on {@link MeasureRequest}. Plain Java.
 */
public final class MeasureCheck {
    private MeasureCheck() {
    }

    public static void check(MeasureRequest r) {
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
                errors.check(reference.checklist().contains(items.get(i)), "addresses.checklistItems[" + i + "]",
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

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
