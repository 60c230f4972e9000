package cn.gov.sed.hazard.overdue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.gov.sed.contracts.vocabulary.OverdueLevel.DAY_0;
import static cn.gov.sed.contracts.vocabulary.OverdueLevel.DAY_3;
import static cn.gov.sed.contracts.vocabulary.OverdueLevel.DAY_7;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OverdueRulesTest {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 1);

    @Test
    void nothingUntilTheDeadlineHasPassed() {
        assertEquals(List.of(), OverdueRules.levelsReached(DEADLINE, DEADLINE.minusDays(3)));
        assertEquals(List.of(), OverdueRules.levelsReached(DEADLINE, DEADLINE));
    }

    @Test
    void theLadderClimbsOnTheFirstThirdAndSeventhDayAfterTheDeadline() {
        assertEquals(List.of(DAY_0), OverdueRules.levelsReached(DEADLINE, DEADLINE.plusDays(1)));
        assertEquals(List.of(DAY_0), OverdueRules.levelsReached(DEADLINE, DEADLINE.plusDays(2)));
        assertEquals(List.of(DAY_0, DAY_3), OverdueRules.levelsReached(DEADLINE, DEADLINE.plusDays(3)));
        assertEquals(List.of(DAY_0, DAY_3), OverdueRules.levelsReached(DEADLINE, DEADLINE.plusDays(6)));
        assertEquals(List.of(DAY_0, DAY_3, DAY_7), OverdueRules.levelsReached(DEADLINE, DEADLINE.plusDays(7)));
        assertEquals(List.of(DAY_0, DAY_3, DAY_7), OverdueRules.levelsReached(DEADLINE, DEADLINE.plusDays(40)));
    }

    @Test
    void theScanAsksTheSameLadderInSql() {
        assertEquals("CASE WHEN d >= 7 THEN 3 WHEN d >= 3 THEN 2 WHEN d >= 1 THEN 1 ELSE 0 END",
                OverdueRules.levelsReachedSql("d"));
    }
}
