package cn.gov.sed.hazard.hazard;

import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees which hazards (plain JUnit, no Quarkus): the scope policy as the query it produces. */
class HazardScopeTest {

    /** A caller with a role and its claims, without a security identity. */
    private static Caller caller(String role, String district, String uscc, String department) {
        return Caller.of("test-" + role, java.util.Set.of(role), district, uscc, department);
    }

    private static Where scope(Caller caller) {
        return HazardScope.apply(caller, new Where());
    }

    @Test
    void theCitySeesEverything() {
        Where w = scope(caller(Roles.CITY, null, null, null));
        assertEquals("1 = 1", w.hql());
        assertEquals("TRUE", w.sql());
    }

    @Test
    void districtRolesSeeTheirDistrict() {
        for (String role : List.of(Roles.DISTRICT_ADMIN, Roles.INSPECTOR)) {
            Where w = scope(caller(role, "120101", null, null));
            assertEquals("district = :p0", w.hql());
            assertEquals(Map.of("p0", "120101"), w.hqlParams());
        }
    }

    @Test
    void aDepartmentSeesWhatItReportedInItsDistrict() {
        Where w = scope(caller(Roles.DEPARTMENT, "120101", null, "HOUSING"));
        assertEquals("reportingDepartment = :p0 AND district = :p1", w.hql());
        assertEquals("reporting_department = :p0 AND district = :p1", w.sql());
        assertEquals(Map.of("p0", "HOUSING", "p1", "120101"), w.hqlParams());
        Where cityLevel = scope(caller(Roles.DEPARTMENT, null, null, "HOUSING"));
        assertEquals("reportingDepartment = :p0", cityLevel.hql());
    }

    @Test
    void aUnitSeesItsOwn() {
        Where w = scope(caller(Roles.UNIT, null, "91120101MA05K3XQ1F", null));
        assertEquals("unitUscc = :p0", w.hql());
        assertEquals(Map.of("p0", "91120101MA05K3XQ1F"), w.hqlParams());
    }

    @Test
    void aMissingClaimOrAnUnknownRoleSeesNothing() {
        assertEquals("1 = 0", scope(caller(Roles.DISTRICT_ADMIN, null, null, null)).hql());
        assertEquals("1 = 0", scope(caller(Roles.UNIT, null, null, null)).hql());
        assertEquals("1 = 0", scope(caller(Roles.DEPARTMENT, "120101", null, null)).hql().substring(0, 5));
        assertEquals("1 = 0", scope(caller("someone", "120101", "x", "y")).hql());
    }

    @Test
    void onlyCallersTiedToADistrictAreHeldToIt() {
        Caller district = caller(Roles.INSPECTOR, "120101", null, null);
        assertTrue(HazardScope.mayName(district, "120101"));
        assertFalse(HazardScope.mayName(district, "120102"));
        ProblemException e = assertThrows(ProblemException.class, () -> HazardScope.requireDistrict(district, "120102"));
        assertEquals(403, e.problem().getStatus());
        assertTrue(HazardScope.mayName(caller(Roles.CITY, null, null, null), "120102"));
        assertTrue(HazardScope.mayName(caller(Roles.DEPARTMENT, null, null, "HOUSING"), "120102"));
        assertFalse(HazardScope.mayName(caller(Roles.DEPARTMENT, "120101", null, "HOUSING"), "120102"));
        assertTrue(HazardScope.mayName(district, null));
    }

    // --- measures (制度措施清单) ---------------------------------------------------------------------------

    @Test
    void theCitySeesEveryMeasureADistrictBureauItsOwnAndTheCityWideOnes() {
        assertEquals("1 = 1", HazardScope.measures(caller(Roles.CITY, null, null, null), new Where()).hql());
        Where district = HazardScope.measures(caller(Roles.DISTRICT_ADMIN, "120101", null, null), new Where());
        assertEquals("(district IS NULL OR district = :p0)", district.hql());
        assertEquals(Map.of("p0", "120101"), district.hqlParams());
        // without a district claim: the city-wide measures only
        assertEquals("district IS NULL",
                HazardScope.measures(caller(Roles.DISTRICT_ADMIN, null, null, null), new Where()).hql());
    }

    @Test
    void aDistrictBureauKeepsOnlyTheMeasuresOfItsDistrict() {
        Caller city = caller(Roles.CITY, null, null, null);
        Caller district = caller(Roles.DISTRICT_ADMIN, "120101", null, null);
        HazardScope.requireMayKeepMeasure(city, null);
        HazardScope.requireMayKeepMeasure(city, "120102");
        HazardScope.requireMayKeepMeasure(district, "120101");
        ProblemException cityWide = assertThrows(ProblemException.class,
                () -> HazardScope.requireMayKeepMeasure(district, null));
        assertEquals(403, cityWide.problem().getStatus());
        assertEquals("city-wide measures are kept by the city", cityWide.problem().getDetail());
        ProblemException foreign = assertThrows(ProblemException.class,
                () -> HazardScope.requireMayKeepMeasure(district, "120102"));
        assertEquals(403, foreign.problem().getStatus());
        assertThrows(ProblemException.class,
                () -> HazardScope.requireMayKeepMeasure(caller(Roles.DISTRICT_ADMIN, null, null, null), "120101"));
    }

    @Test
    void aMeasureFilterMayNameOnlyTheCallersDistrictUnlessItIsTheCity() {
        HazardScope.requireMeasureDistrict(caller(Roles.CITY, null, null, null), "120102");
        Caller district = caller(Roles.DISTRICT_ADMIN, "120101", null, null);
        HazardScope.requireMeasureDistrict(district, "120101");
        HazardScope.requireMeasureDistrict(district, null);
        assertEquals(403, assertThrows(ProblemException.class,
                () -> HazardScope.requireMeasureDistrict(district, "120102")).problem().getStatus());
    }
}
