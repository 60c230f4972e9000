package cn.gov.sed.inspection.equipment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EquipmentCodeRuleTest {

    @Test
    void anEighteenCharacterCodeStartingWithItsCategoryIsCurrent() {
        EquipmentCodeRule.Check check = EquipmentCodeRule.check("311012345202100001", "3110");
        assertTrue(check.ok());
        assertEquals(EquipmentCodeFormat.CURRENT, check.format());
    }

    @Test
    void lettersInTheCategoryCodeCountAsDigits() {
        assertTrue(EquipmentCodeRule.check("4A1012345202100001", "4A10").ok());
    }

    @Test
    void anEighteenCharacterCodeOfAnotherCategoryIsRejected() {
        EquipmentCodeRule.Check check = EquipmentCodeRule.check("312012345202100001", "3110");
        assertFalse(check.ok());
        assertTrue(check.problem().contains("3110"));
    }

    @Test
    void aTwentyDigitRegistrationCodeIsLegacy() {
        EquipmentCodeRule.Check check = EquipmentCodeRule.check("31101201012015000001", "3110");
        assertTrue(check.ok());
        assertEquals(EquipmentCodeFormat.LEGACY, check.format());
    }

    @Test
    void otherLengthsAndCharactersAreRejected() {
        assertNotNull(EquipmentCodeRule.check("3110123", "3110").problem());
        assertNotNull(EquipmentCodeRule.check("3110123452021000011", "3110").problem()); // 19
        assertNotNull(EquipmentCodeRule.check("3110123452021000A1B2", "3110").problem()); // 20 but not digits
        assertNotNull(EquipmentCodeRule.check("3110-2345202100001", "3110").problem());
        assertNotNull(EquipmentCodeRule.check("", "3110").problem());
        assertNotNull(EquipmentCodeRule.check(null, "3110").problem());
    }

    @Test
    void normalisingTrimsAndUpperCases() {
        assertEquals("4A1012345202100001", EquipmentCodeRule.normalise(" 4a1012345202100001 "));
    }
}
