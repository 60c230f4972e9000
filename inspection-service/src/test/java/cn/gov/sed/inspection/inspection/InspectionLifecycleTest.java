package cn.gov.sed.inspection.inspection;

import cn.gov.sed.inspection.inspection.InspectionLifecycle.Action;
import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InspectionLifecycleTest {

    @Test
    void aPlannedInspectionCanOnlyStart() {
        assertEquals(List.of("start"), InspectionLifecycle.allowedActions(InspectionStatus.PLANNED));
        assertEquals(InspectionStatus.IN_PROGRESS, InspectionLifecycle.apply(InspectionStatus.PLANNED, Action.START));
    }

    @Test
    void photosAndFindingsAreRecordedWhileInProgressThenItCompletes() {
        assertEquals(List.of("photos", "findings", "complete"),
                InspectionLifecycle.allowedActions(InspectionStatus.IN_PROGRESS));
        assertEquals(InspectionStatus.IN_PROGRESS,
                InspectionLifecycle.apply(InspectionStatus.IN_PROGRESS, Action.ADD_FINDING));
        assertEquals(InspectionStatus.IN_PROGRESS,
                InspectionLifecycle.apply(InspectionStatus.IN_PROGRESS, Action.ADD_PHOTO));
        assertEquals(InspectionStatus.COMPLETED,
                InspectionLifecycle.apply(InspectionStatus.IN_PROGRESS, Action.COMPLETE));
    }

    @Test
    void aCompletedInspectionIsFinal() {
        assertEquals(List.of(), InspectionLifecycle.allowedActions(InspectionStatus.COMPLETED));
        for (Action action : Action.values()) {
            assertThrows(ProblemException.class, () -> InspectionLifecycle.apply(InspectionStatus.COMPLETED, action));
        }
    }

    @Test
    void anIllegalTransitionNamesTheStatusAndTheAllowedActions() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> InspectionLifecycle.apply(InspectionStatus.PLANNED, Action.ADD_FINDING));
        assertEquals(409, e.problem().getStatus());
        assertEquals("/problems/illegal-transition", e.problem().getType());
        assertEquals("PLANNED", e.problem().getExtensions().get("currentStatus"));
        assertEquals(List.of("start"), e.problem().getExtensions().get("allowedActions"));
    }

    @Test
    void startingTwiceIsIllegal() {
        assertThrows(ProblemException.class, () -> InspectionLifecycle.apply(InspectionStatus.IN_PROGRESS, Action.START));
    }

    @Test
    void theDocumentNumberCarriesTheYearAndTheRunningNumber() {
        assertEquals("津市监特指〔2026〕0042号", Inspection.documentNumber(2026, 42));
    }
}
