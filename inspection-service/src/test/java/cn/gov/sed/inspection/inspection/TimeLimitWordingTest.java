package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.RectificationTimeLimit;
import cn.gov.sed.contracts.vocabulary.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeLimitWordingTest {
    private static final LocalDate COMPLETED = LocalDate.of(2026, 11, 28);

    @Test
    void generalHazardsHaveFifteenDays() {
        assertEquals(LocalDate.of(2026, 12, 13), RectificationTimeLimit.rectifyBy(Severity.GENERAL, COMPLETED));
        assertTrue(TimeLimitWording.wording(Severity.GENERAL, COMPLETED).contains("15日内"));
        assertTrue(TimeLimitWording.wording(Severity.GENERAL, COMPLETED).contains("2026年12月13日"));
    }

    @Test
    void majorHazardsStopTheEquipmentAtOnce() {
        assertEquals(LocalDate.of(2026, 12, 13), RectificationTimeLimit.rectifyBy(Severity.MAJOR, COMPLETED));
        assertTrue(TimeLimitWording.wording(Severity.MAJOR, COMPLETED).startsWith("立即停止使用"));
    }

    @Test
    void minorHazardsAreFixedOnTheSpot() {
        assertEquals(COMPLETED, RectificationTimeLimit.rectifyBy(Severity.MINOR, COMPLETED));
        assertTrue(TimeLimitWording.wording(Severity.MINOR, COMPLETED).startsWith("当场整改"));
    }
}
