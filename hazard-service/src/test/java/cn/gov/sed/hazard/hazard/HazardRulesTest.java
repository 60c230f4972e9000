package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HazardRulesTest {

    @Test
    void eachStatusAllowsItsActions() {
        assertEquals(List.of("classification"), HazardRules.allowedActions(HazardStatus.REPORTED));
        assertEquals(List.of("rectification-plan"), HazardRules.allowedActions(HazardStatus.LISTED));
        assertEquals(List.of("rectification-plan", "rectification-report"), HazardRules.allowedActions(HazardStatus.RECTIFYING));
        assertEquals(List.of("verification"), HazardRules.allowedActions(HazardStatus.PENDING_VERIFICATION));
        assertEquals(List.of(), HazardRules.allowedActions(HazardStatus.VERIFIED));
        assertEquals(List.of(), HazardRules.allowedActions(HazardStatus.RECORDED));
        assertEquals(List.of(), HazardRules.allowedActions(HazardStatus.REMOVED));
    }

    @ParameterizedTest
    @EnumSource(HazardStatus.class)
    void anActionNotAllowedIsAnIllegalTransitionNamingWhatIsAllowed(HazardStatus status) {
        for (HazardRules.Action action : HazardRules.Action.values()) {
            if (HazardRules.allows(status, action)) {
                HazardRules.require(status, action);
                continue;
            }
            ProblemException e = assertThrows(ProblemException.class, () -> HazardRules.require(status, action));
            assertEquals(409, e.problem().getStatus());
            assertEquals("/problems/illegal-transition", e.problem().getType());
            assertEquals(status.name(), e.problem().getExtensions().get("currentStatus"));
            assertEquals(HazardRules.allowedActions(status), e.problem().getExtensions().get("allowedActions"));
        }
    }

    @Test
    void minorIsRecordedGeneralAndMajorAreListed() {
        assertEquals(HazardStatus.RECORDED, HazardRules.statusOnRegistration(Severity.MINOR));
        assertEquals(HazardStatus.LISTED, HazardRules.statusOnRegistration(Severity.GENERAL));
        assertEquals(HazardStatus.LISTED, HazardRules.statusOnRegistration(Severity.MAJOR));
    }

    @Test
    void listedStaysThroughVerificationButNotWhenRemovedOrMinor() {
        assertTrue(HazardRules.isListed(Severity.GENERAL, HazardStatus.VERIFIED));
        assertTrue(HazardRules.isListed(Severity.MAJOR, HazardStatus.RECTIFYING));
        assertFalse(HazardRules.isListed(Severity.MINOR, HazardStatus.RECORDED));
        assertFalse(HazardRules.isListed(Severity.MAJOR, HazardStatus.REMOVED));
        assertFalse(HazardRules.isListed(null, HazardStatus.REPORTED));
    }

    @Test
    void theDefaultDeadlineIsFifteenDaysAfterRegistration() {
        assertEquals(LocalDate.of(2026, 12, 13), HazardRules.defaultDeadline(LocalDate.of(2026, 11, 28), 15));
    }

    @Test
    void overdueOnlyAfterTheDeadlineAndOnlyWhileOpen() {
        LocalDate deadline = LocalDate.of(2026, 12, 1);
        assertFalse(HazardRules.isOverdue(deadline, HazardStatus.RECTIFYING, deadline));
        assertTrue(HazardRules.isOverdue(deadline, HazardStatus.RECTIFYING, deadline.plusDays(1)));
        assertTrue(HazardRules.isOverdue(deadline, HazardStatus.LISTED, deadline.plusDays(1)));
        assertTrue(HazardRules.isOverdue(deadline, HazardStatus.PENDING_VERIFICATION, deadline.plusDays(1)));
        assertFalse(HazardRules.isOverdue(deadline, HazardStatus.VERIFIED, deadline.plusDays(9)));
        assertFalse(HazardRules.isOverdue(deadline, HazardStatus.RECORDED, deadline.plusDays(9)));
        assertFalse(HazardRules.isOverdue(null, HazardStatus.REPORTED, deadline));
    }

    @Test
    void aFindingKeepsItsInstructionsTimeLimitUnlessMinorOrWithoutOne() {
        LocalDate registered = LocalDate.of(2026, 12, 1);
        LocalDate rectifyBy = LocalDate.of(2026, 12, 9);
        assertEquals(rectifyBy, HazardRules.deadlineOfFinding(Severity.GENERAL, rectifyBy, registered, 15));
        assertEquals(rectifyBy, HazardRules.deadlineOfFinding(Severity.MAJOR, rectifyBy, registered, 15));
        // an event from before v1.1 carries none: the default from the registration day
        assertEquals(registered.plusDays(15), HazardRules.deadlineOfFinding(Severity.GENERAL, null, registered, 15));
        // a minor finding is fixed on the spot; its record keeps the default as before
        assertEquals(registered.plusDays(15), HazardRules.deadlineOfFinding(Severity.MINOR, registered, registered, 15));
    }
}
