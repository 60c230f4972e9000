package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClassificationCheckTest {

    @Test
    void aSpecialEquipmentHazardNeedsSeverityAndType() {
        assertDoesNotThrow(() -> ClassificationCheck.check(
                new ClassificationRequest(true, Severity.GENERAL, HazardType.EQUIPMENT_CONDITION, null)));
        assertEquals(List.of("severity", "hazardType"),
                fields(() -> ClassificationCheck.check(new ClassificationRequest(true, null, null, "理由"))));
    }

    @Test
    void aRemovalNeedsTheReasonTheDepartmentIsTold() {
        assertDoesNotThrow(() -> ClassificationCheck.check(new ClassificationRequest(false, null, null, "不属于特种设备")));
        assertEquals(List.of("reason"), fields(() -> ClassificationCheck.check(new ClassificationRequest(false, null, null, " "))));
    }

    @Test
    void theAnswerItselfIsRequired() {
        assertEquals(List.of("specialEquipmentHazard"), fields(() -> ClassificationCheck.check(null)));
        assertEquals(List.of("specialEquipmentHazard"),
                fields(() -> ClassificationCheck.check(new ClassificationRequest(null, Severity.MAJOR, null, null))));
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(org.junit.jupiter.api.function.Executable check) {
        ValidationException e = assertThrows(ValidationException.class, check);
        return ((List<Violation>) e.problem().getExtensions().get("violations")).stream().map(Violation::field).toList();
    }
}
