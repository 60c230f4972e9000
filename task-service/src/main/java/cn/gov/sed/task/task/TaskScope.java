package cn.gov.sed.task.task;

import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;

import java.util.Objects;

/**
 * Who sees and changes what in task-service, in one place (plain Java, unit-tested without Quarkus):
 * <ul>
 *   <li>the city sees every task and meeting, plans and changes anywhere (or city-wide: no district);</li>
 *   <li>a district role (district-admin, inspector) sees its district's tasks and meetings and the city-wide ones,
 *       plans, changes and records only in its own district (a city-wide task is the city's);</li>
 *   <li>a caller of no district (a unit, a department) would see the city-wide ones only; the resources let
 *       only the city and district roles in;</li>
 *   <li>the battle map shows districts only: the city all of them, a district role its own.</li>
 * </ul>
 */
public final class TaskScope {
    private final boolean city;
    private final String district;

    public TaskScope(boolean city, String district) {
        this.city = city;
        this.district = district;
    }

    public static TaskScope of(Caller caller) {
        return new TaskScope(caller.isCity(), caller.district());
    }

    public boolean isCity() {
        return city;
    }

    /** The tasks (and meetings) the caller sees: its district's and the city-wide ones. */
    public Where visible() {
        return visible(new Where());
    }

    /** Adds the scope to {@code where}. */
    public Where visible(Where where) {
        if (city) {
            return where;
        }
        if (district == null) {
            return where.raw("{district} IS NULL");
        }
        return where.raw("({district} = ? OR {district} IS NULL)", district);
    }

    /** A district bureau sees city-wide tasks but changes only its own district's. */
    public boolean mayChange(String taskDistrict) {
        return city || Objects.equals(taskDistrict, district);
    }

    /** 403 unless the caller may change a task of that district. */
    public void requireChange(String taskDistrict) {
        if (!mayChange(taskDistrict)) {
            throw ProblemException.forbidden("city-wide tasks are changed by the city");
        }
    }

    /** 403 unless the caller may plan a task there: the city anywhere (or city-wide), a district bureau at home. */
    public void requirePlanningIn(String taskDistrict) {
        if (!city && (taskDistrict == null || !taskDistrict.equals(district))) {
            throw ProblemException.forbidden("a district bureau plans tasks of its own district only");
        }
    }

    /**
     * The district a meeting is recorded for: the city names any (or none: city-wide); a district bureau its own,
     * by default (another is 403).
     */
    public String meetingDistrict(String requested) {
        if (city) {
            return requested;
        }
        String d = requested == null ? district : requested;
        requireDistrict(d);
        return d;
    }

    /** A district named in a filter or a body: 403 when it is not the caller's (the city may name any). */
    public void requireDistrict(String named) {
        if (!city && named != null && !named.equals(district)) {
            // a district code is six digits; anything else is not echoed back (the value came from the client)
            throw ProblemException.forbidden((named.matches("\\d{6}") ? "district " + named : "that district")
                    + " is outside your scope");
        }
    }

    /** The districts on the battle map: the city sees every district (no city-wide tasks), a district role its own. */
    public boolean onTheMap(String districtCode) {
        return city || districtCode.equals(district);
    }

    /** The tasks and hazard tallies on the battle map, as a condition on their {@code district}. */
    public Where onTheMap() {
        if (city) {
            return new Where().raw("{district} IS NOT NULL");
        }
        return district == null ? new Where().raw("1 = 0") : new Where().eq("district", district);
    }
}
