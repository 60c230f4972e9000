package cn.gov.sed.contracts;

import cn.gov.sed.contracts.reference.EquipmentCatalogue;
import cn.gov.sed.contracts.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceDataTest {
    private final ReferenceData data = ReferenceData.get();

    @Test
    void sixteenDistrictsWithoutTheGap() {
        assertEquals(16, data.districts().size());
        assertEquals("和平区", data.districts().get("120101").nameZh());
        assertEquals("滨海新区", data.districts().get("120116").nameZh());
        assertFalse(data.districts().contains("120107"));
        assertFalse(data.districts().contains("120000"));
    }

    @Test
    void catalogueIsATreeByItsParentColumn() {
        EquipmentCatalogue catalogue = data.equipmentCatalogue();
        assertEquals(157, catalogue.codes().size());
        assertEquals(List.of("3110", "3100", "3000"), catalogue.selfAndAncestors("3110"));
        assertEquals("F000", catalogue.kindOf("7310"));
        assertTrue(catalogue.isWithin("4A00", "4000"));
    }

    @Test
    void onlyLeavesOfRegistrableKindsCatalogueEquipment() {
        EquipmentCatalogue catalogue = data.equipmentCatalogue();
        assertTrue(catalogue.isRegistrableLeaf("3110"));
        assertTrue(catalogue.isRegistrableLeaf("4A00"));
        assertTrue(catalogue.isRegistrableLeaf("1100"));
        assertFalse(catalogue.isRegistrableLeaf("3100"), "not a leaf");
        assertFalse(catalogue.isRegistrableLeaf("7110"), "pressure-piping component");
        assertFalse(catalogue.isRegistrableLeaf("7310"), "safety accessory");
        assertFalse(catalogue.isRegistrableLeaf("9999"), "unknown");
    }

    @Test
    void industriesAndDepartmentsAreLoaded() {
        assertEquals(17, data.industries().size());
        assertEquals(16, data.departments().size());
        assertEquals("住房和城乡建设委员会", data.departments().get("HOUSING").nameZh());
    }

    @Test
    void theStandardChecklistNamesKnownCategoriesAndDefaults() {
        var checklist = ReferenceData.get().checklist();
        var g01 = checklist.get("G01");
        assertEquals("使用登记", g01.contentZh());
        assertEquals(java.util.List.of("*"), g01.categories());
        assertEquals(cn.gov.sed.contracts.vocabulary.Severity.GENERAL, g01.defaultSeverity());
        var catalogue = ReferenceData.get().equipmentCatalogue();
        for (var item : checklist.all()) {
            for (String c : item.categories()) {
                assertTrue(c.equals("*") || catalogue.contains(c), item.code() + " names unknown category " + c);
            }
        }
    }
}
