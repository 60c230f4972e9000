package cn.gov.sed.hazard.rectification;

import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerificationCheckTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-30T10:00:00+08:00");

    @Test
    void aPassedReinspectionNeedsNoComment() {
        assertDoesNotThrow(() -> VerificationCheck.check(new VerificationRequest(VerificationResult.PASSED, "王五", null, AT)));
    }

    @Test
    void aFailedOneSaysWhatToFix() {
        assertEquals(List.of("comment"),
                fields(() -> VerificationCheck.check(new VerificationRequest(VerificationResult.FAILED, "王五", " ", AT))));
        assertDoesNotThrow(() -> VerificationCheck.check(
                new VerificationRequest(VerificationResult.FAILED, "王五", "制动间隙仍超标", AT)));
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        assertEquals(List.of("result", "inspector", "verifiedAt"),
                fields(() -> VerificationCheck.check(new VerificationRequest(null, " ", null, null))));
        assertEquals(List.of("verifiedAt"), fields(() -> VerificationCheck.check(
                new VerificationRequest(VerificationResult.PASSED, "王五", null, OffsetDateTime.parse("1899-01-01T00:00:00+08:00")))));
        assertEquals(List.of("body"), fields(() -> VerificationCheck.check(null)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Executable check) {
        ValidationException e = assertThrows(ValidationException.class, check);
        return ((List<Violation>) e.problem().getExtensions().get("violations")).stream().map(Violation::field).toList();
    }
}
