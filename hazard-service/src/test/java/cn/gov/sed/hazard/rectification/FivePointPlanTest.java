package cn.gov.sed.hazard.rectification;

import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FivePointPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00+08:00");

    @Test
    void aCompletePlanIsAcceptedWithFundsNormalised() {
        Plan plan = FivePointPlan.check(new PlanRequest(" 张三 ", "更换门锁", "20000", TODAY, "停梯"), TODAY, NOW, "u1");
        assertEquals("张三", plan.responsiblePerson());
        assertEquals("20000.00", plan.funds());
        assertEquals(TODAY, plan.deadline());
        assertEquals("0.50", FivePointPlan.check(new PlanRequest("a", "b", "0.5", TODAY, "c"), TODAY, NOW, "u").funds());
    }

    @Test
    void everyMissingPointIsNamed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> FivePointPlan.check(new PlanRequest(null, " ", null, null, ""), TODAY, NOW, "u"));
        assertEquals(List.of("responsiblePerson", "measures", "contingencyPlan", "funds", "deadline"), fields(e));
    }

    @Test
    void fundsMustBeANonNegativeAmountInFen() {
        assertEquals(List.of("funds"), fields(assertThrows(ValidationException.class,
                () -> FivePointPlan.check(new PlanRequest("a", "b", "-1", TODAY, "c"), TODAY, NOW, "u"))));
        assertEquals(List.of("funds"), fields(assertThrows(ValidationException.class,
                () -> FivePointPlan.check(new PlanRequest("a", "b", "1.234", TODAY, "c"), TODAY, NOW, "u"))));
        assertEquals(List.of("funds"), fields(assertThrows(ValidationException.class,
                () -> FivePointPlan.check(new PlanRequest("a", "b", "lots", TODAY, "c"), TODAY, NOW, "u"))));
    }

    @Test
    void fundsWithAHugeExponentAreRefusedWithoutExpandingThem() {
        assertEquals(List.of("funds"), fields(assertThrows(ValidationException.class,
                () -> FivePointPlan.check(new PlanRequest("a", "b", "1E+999999999", TODAY, "c"), TODAY, NOW, "u"))));
        assertEquals("999999999999999.99", FivePointPlan.check(
                new PlanRequest("a", "b", "999999999999999.99", TODAY, "c"), TODAY, NOW, "u").funds());
    }

    @Test
    void theDeadlineMayBeTodayButNotInThePast() {
        FivePointPlan.check(new PlanRequest("a", "b", "0", TODAY, "c"), TODAY, NOW, "u");
        assertEquals(List.of("deadline"), fields(assertThrows(ValidationException.class,
                () -> FivePointPlan.check(new PlanRequest("a", "b", "0", TODAY.minusDays(1), "c"), TODAY, NOW, "u"))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ValidationException e) {
        return ((List<Violation>) e.problem().getExtensions().get("violations")).stream().map(Violation::field).toList();
    }
}
