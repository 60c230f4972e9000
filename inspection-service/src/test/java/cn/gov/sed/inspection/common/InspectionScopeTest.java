package cn.gov.sed.inspection.common;

import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees what, without Quarkus: the conditions each caller's queries get, and the 403s. */
class InspectionScopeTest {
    private static final String USCC = "91120101MA05K3XQ1F";
    private static final UUID OWN_UNIT = UUID.randomUUID();

    /** A caller with one role and its claims, as the token would give them. */
    private static Caller caller(String role, String district, String uscc) {
        return Caller.of("test-" + role, java.util.Set.of(role), district, uscc, null);
    }

    private static InspectionScope scope(String role, String district, String uscc) {
        return new InspectionScope(caller(role, district, uscc), u -> u.equals(USCC) ? OWN_UNIT : null);
    }

    private static Where limited(InspectionScope scope) {
        return scope.limit(new Where(), "district", "unitId");
    }

    @Test
    void theCitySeesAndWritesEverything() {
        InspectionScope city = scope(Roles.CITY, null, null);
        assertEquals("1 = 1", limited(city).hql());
        assertTrue(city.canSee("120102", UUID.randomUUID()));
        city.requireDistrict("120102");
        city.requireWritable("120102");
    }

    @Test
    void districtRolesSeeTheirDistrict() {
        for (String role : new String[] {Roles.DISTRICT_ADMIN, Roles.INSPECTOR}) {
            InspectionScope scope = scope(role, "120101", null);
            Where where = limited(scope);
            assertEquals("district = :p0", where.hql());
            assertEquals(Map.of("p0", "120101"), where.hqlParams());
            assertTrue(scope.canSee("120101", UUID.randomUUID()));
            assertFalse(scope.canSee("120102", UUID.randomUUID()));
            scope.requireWritable("120101");
            ProblemException e = assertThrows(ProblemException.class, () -> scope.requireDistrict("120102"));
            assertEquals(403, e.problem().getStatus());
            assertEquals("district 120102 is outside your scope", e.problem().getDetail());
        }
    }

    @Test
    void aDistrictRoleWithoutADistrictSeesNothing() {
        InspectionScope scope = scope(Roles.INSPECTOR, null, null);
        assertEquals("1 = 0", limited(scope).hql());
        assertFalse(scope.canSee("120101", UUID.randomUUID()));
        assertThrows(ProblemException.class, () -> scope.requireDistrict("120101"));
    }

    @Test
    void aDepartmentSeesItsDistrictOrEverything() {
        assertEquals("district = :p0", limited(scope(Roles.DEPARTMENT, "120101", null)).hql());
        InspectionScope cityLevel = scope(Roles.DEPARTMENT, null, null);
        assertEquals("1 = 1", limited(cityLevel).hql());
        assertTrue(cityLevel.canSee("120102", UUID.randomUUID()));
    }

    @Test
    void aUnitSeesItsOwnUnitOnly() {
        InspectionScope unit = scope(Roles.UNIT, null, USCC.toLowerCase());
        Where where = limited(unit);
        assertEquals("unitId = :p0", where.hql());
        assertEquals(Map.of("p0", OWN_UNIT), where.hqlParams());
        assertTrue(unit.canSee("120101", OWN_UNIT));
        assertFalse(unit.canSee("120101", UUID.randomUUID()));
        assertEquals("id = :p0", unit.limit(new Where(), "district", "id").hql());
    }

    @Test
    void anUnknownUnitOrRoleSeesNothing() {
        assertEquals("1 = 0", limited(scope(Roles.UNIT, null, "91120101MA05K3XQ2A")).hql());
        assertEquals("1 = 0", limited(scope(Roles.UNIT, null, null)).hql());
        assertEquals("1 = 0", limited(scope("someone", "120101", null)).hql());
    }
}
