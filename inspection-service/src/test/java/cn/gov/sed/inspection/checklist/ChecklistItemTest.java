package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecklistItemTest {

    private static ChecklistItem item(String categories) {
        ChecklistItem item = new ChecklistItem();
        item.code = "X";
        item.categories = categories;
        return item;
    }

    private static List<String> chainOf(String category) {
        return ReferenceData.get().equipmentCatalogue().selfAndAncestors(category);
    }

    @Test
    void anItemForAllCategoriesAppliesEverywhere() {
        assertTrue(item("*").appliesTo(chainOf("3110")));
        assertTrue(item("*").appliesTo(chainOf("1100")));
    }

    @Test
    void anItemAppliesToItsCategoriesAndTheirDescendants() {
        assertTrue(item("3100;3200").appliesTo(chainOf("3110")));
        assertTrue(item("3000").appliesTo(chainOf("3310")));
        assertFalse(item("3300").appliesTo(chainOf("3110")));
        assertFalse(item("1000").appliesTo(chainOf("3110")));
    }

    @Test
    void categoriesAreListedInOrder() {
        assertEquals(List.of("2200", "2300"), item("2200;2300").categoryList());
    }

    @Test
    void anAddedItemKeepsTheRequestTidiedAndIsNotRetired() {
        ChecklistItem item = ChecklistItem.add(new ChecklistItemRequest("E05", List.of(" 3300", "3300", "3100 "),
                " 扶梯梳齿板 ", "梳齿板缺齿或损坏仍继续使用", Severity.GENERAL, HazardType.EQUIPMENT_CONDITION, " "));
        assertEquals("E05", item.code);
        assertEquals(List.of("3300", "3100"), item.categoryList());
        assertEquals("扶梯梳齿板", item.content);
        assertNull(item.basis, "blank is not given");
        assertFalse(item.retired);
        item.retire();
        assertTrue(item.retired);
        item.retire();
        assertTrue(item.retired, "retiring twice changes nothing");
    }

    @Test
    void aStandardItemIsTheSameAsItsReferenceEntryUntilItSaysSomethingElse() {
        ChecklistEntry g03 = ReferenceData.get().checklist().get("G03");
        ChecklistItem item = new ChecklistItem();
        item.code = g03.code();
        item.categories = "1000;2000;3000;4000;6000;8000;9000";
        item.content = g03.contentZh();
        item.hazardStandard = g03.hazardStandardZh();
        item.defaultSeverity = g03.defaultSeverity();
        item.hazardType = g03.hazardType();
        item.basis = g03.basis();
        assertTrue(item.sameAs(g03));
        item.retire();
        assertTrue(item.sameAs(g03), "retired or not");
        item.defaultSeverity = Severity.GENERAL;
        assertFalse(item.sameAs(g03));
    }
}
