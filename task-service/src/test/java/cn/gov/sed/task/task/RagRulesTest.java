package cn.gov.sed.task.task;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.gov.sed.task.task.RagRules.Deadline;
import static cn.gov.sed.task.task.RagRules.rag;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RagRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void farAwayDatesAreGreen() {
        assertEquals(RagStatus.GREEN, rag(TaskStatus.IN_PROGRESS, TODAY.plusDays(10),
                List.of(new Deadline(TODAY.plusDays(4), false)), TODAY));
        assertEquals(RagStatus.GREEN, rag(TaskStatus.NOT_STARTED, null, List.of(), TODAY));
    }

    @Test
    void dueOnTheDayOrWithinThreeDaysIsAmber() {
        assertEquals(RagStatus.AMBER, rag(TaskStatus.IN_PROGRESS, TODAY, List.of(), TODAY));
        assertEquals(RagStatus.AMBER, rag(TaskStatus.IN_PROGRESS, TODAY.plusDays(3), List.of(), TODAY));
        assertEquals(RagStatus.AMBER, rag(TaskStatus.IN_PROGRESS, TODAY.plusDays(30),
                List.of(new Deadline(TODAY.plusDays(2), false)), TODAY));
    }

    @Test
    void aPassedDueDateOrOpenMilestoneIsRed() {
        assertEquals(RagStatus.RED, rag(TaskStatus.IN_PROGRESS, TODAY.minusDays(1), List.of(), TODAY));
        assertEquals(RagStatus.RED, rag(TaskStatus.NOT_STARTED, TODAY.plusDays(30),
                List.of(new Deadline(TODAY.plusDays(1), false), new Deadline(TODAY.minusDays(1), false)), TODAY));
    }

    @Test
    void doneMilestonesAndDoneTasksDoNotCount() {
        assertEquals(RagStatus.GREEN, rag(TaskStatus.IN_PROGRESS, TODAY.plusDays(30),
                List.of(new Deadline(TODAY.minusDays(5), true)), TODAY));
        assertEquals(RagStatus.GREEN, rag(TaskStatus.DONE, TODAY.minusDays(5),
                List.of(new Deadline(TODAY.minusDays(5), false)), TODAY));
    }

    @Test
    void aTimeNodeIsMissedThisWeekWhenItIsOpenAndItsDatePassedSinceMonday() {
        LocalDate thursday = LocalDate.of(2026, 11, 26); // Monday is 2026-11-23
        assertEquals(true, RagRules.missedThisWeek(new Deadline(LocalDate.of(2026, 11, 23), false), thursday));
        assertEquals(true, RagRules.missedThisWeek(new Deadline(LocalDate.of(2026, 11, 25), false), thursday));
        // on the day itself it is still fine; done nodes and last week's are not this week's misses
        assertEquals(false, RagRules.missedThisWeek(new Deadline(thursday, false), thursday));
        assertEquals(false, RagRules.missedThisWeek(new Deadline(LocalDate.of(2026, 11, 24), true), thursday));
        assertEquals(false, RagRules.missedThisWeek(new Deadline(LocalDate.of(2026, 11, 22), false), thursday));
        // on a Monday nothing of this week has passed yet
        assertEquals(false, RagRules.missedThisWeek(new Deadline(LocalDate.of(2026, 11, 29), false), LocalDate.of(2026, 11, 30)));
    }
}
