package cn.gov.sed.task.task;

import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees and changes what, without Quarkus. */
class TaskScopeTest {
    static final TaskScope CITY = new TaskScope(true, null);
    static final TaskScope HEXI = new TaskScope(false, "120103");
    static final TaskScope NO_DISTRICT = new TaskScope(false, null);

    static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).problem().getStatus();
    }

    @Test
    void theCitySeesEveryTaskADistrictItsOwnAndTheCityWideOnes() {
        assertEquals("1 = 1", CITY.visible().hql());
        Where hexi = HEXI.visible();
        assertEquals("(district = :p0 OR district IS NULL)", hexi.hql());
        assertEquals(Map.of("p0", "120103"), hexi.hqlParams());
        assertEquals("district IS NULL", NO_DISTRICT.visible().hql());
        assertEquals("id = :p0 AND (district = :p1 OR district IS NULL)",
                HEXI.visible(new Where().eq("id", "x")).hql());
    }

    @Test
    void aDistrictChangesItsOwnTasksOnlyTheCityAll() {
        assertTrue(CITY.mayChange(null));
        assertTrue(CITY.mayChange("120101"));
        assertTrue(HEXI.mayChange("120103"));
        assertFalse(HEXI.mayChange(null), "a city-wide task is the city's");
        assertFalse(HEXI.mayChange("120101"));
        assertEquals(403, status(() -> HEXI.requireChange(null)));
    }

    @Test
    void aDistrictPlansAtHomeTheCityAnywhereOrCityWide() {
        assertDoesNotThrow(() -> CITY.requirePlanningIn(null));
        assertDoesNotThrow(() -> CITY.requirePlanningIn("120101"));
        assertDoesNotThrow(() -> HEXI.requirePlanningIn("120103"));
        assertEquals(403, status(() -> HEXI.requirePlanningIn(null)));
        assertEquals(403, status(() -> HEXI.requirePlanningIn("120101")));
        assertEquals(403, status(() -> NO_DISTRICT.requirePlanningIn(null)));
    }

    @Test
    void meetingsAreRecordedForTheCallersDistrictByDefault() {
        assertNull(CITY.meetingDistrict(null));
        assertEquals("120101", CITY.meetingDistrict("120101"));
        assertEquals("120103", HEXI.meetingDistrict(null));
        assertEquals("120103", HEXI.meetingDistrict("120103"));
        assertEquals(403, status(() -> HEXI.meetingDistrict("120101")));
        assertNull(NO_DISTRICT.meetingDistrict(null));
    }

    @Test
    void aFilterNamesOnlyTheCallersDistrict() {
        assertDoesNotThrow(() -> CITY.requireDistrict("120101"));
        assertDoesNotThrow(() -> HEXI.requireDistrict(null));
        assertDoesNotThrow(() -> HEXI.requireDistrict("120103"));
        var e = assertThrows(ProblemException.class, () -> HEXI.requireDistrict("120101"));
        assertEquals("district 120101 is outside your scope", e.problem().getDetail());
        e = assertThrows(ProblemException.class, () -> HEXI.requireDistrict("<script>"));
        assertEquals("that district is outside your scope", e.problem().getDetail());
    }

    @Test
    void theBattleMapShowsDistrictsOnly() {
        assertEquals("district IS NOT NULL", CITY.onTheMap().hql());
        assertEquals("district = :p0", HEXI.onTheMap().hql());
        assertEquals("1 = 0", NO_DISTRICT.onTheMap().hql());
        assertTrue(CITY.onTheMap("120101"));
        assertTrue(HEXI.onTheMap("120103"));
        assertFalse(HEXI.onTheMap("120101"));
        assertFalse(NO_DISTRICT.onTheMap("120101"));
    }

    @Test
    void theRedRuleIsWrittenAsAConditionOnTasks() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        Where red = RagRules.red(new Where(), true, today);
        // a missing due date is said to be not late: NOT of an unknown (NULL < day) would drop such a task from
        // the tasks that are not overdue (RagRulesTest runs the condition for the same cases as the Java rule)
        assertEquals("(status <> :p0 AND ((dueDate IS NOT NULL AND dueDate < :p1) OR id IN (SELECT m.task.id"
                + " FROM Milestone m WHERE m.completedAt IS NULL AND m.dueDate < :p2)))", red.hql());
        assertEquals(TaskStatus.DONE, red.hqlParams().get("p0"));
        assertEquals(today, red.hqlParams().get("p1"));
        assertTrue(RagRules.red(new Where(), false, today).hql().startsWith("NOT ("));
    }
}
