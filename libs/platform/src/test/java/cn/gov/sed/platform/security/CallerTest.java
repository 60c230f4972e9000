package cn.gov.sed.platform.security;

import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {
    private static final Caller CITY = Caller.of("city-staff", Set.of(Roles.CITY), null, null, null);
    private static final Caller HEPING = Caller.of("admin", Set.of(Roles.DISTRICT_ADMIN), "120101", null, null);

    @Test
    void theCityHasNoDistrictLimitAndADistrictRoleItsOwn() {
        assertNull(CITY.districtScope());
        assertTrue(CITY.canSeeDistrict("120103"));
        assertEquals("120101", HEPING.districtScope());
        assertTrue(HEPING.canSeeDistrict("120101"));
        assertFalse(HEPING.canSeeDistrict("120103"));
        assertTrue(HEPING.isDistrictRole());
        assertEquals("admin", HEPING.sub());
    }

    @Test
    void anotherDistrictNamedByADistrictRoleIs403() {
        assertDoesNotThrow(() -> CITY.requireDistrictInScope("120103"));
        assertDoesNotThrow(() -> HEPING.requireDistrictInScope("120101"));
        ProblemException e = assertThrows(ProblemException.class, () -> HEPING.requireDistrictInScope("120103"));
        assertEquals(403, e.problem().getStatus());
        // a value that is not a district code is not echoed back
        ProblemException odd = assertThrows(ProblemException.class,
                () -> HEPING.requireDistrictInScope("<script>"));
        assertFalse(odd.problem().getDetail().contains("<script>"));
    }
}
