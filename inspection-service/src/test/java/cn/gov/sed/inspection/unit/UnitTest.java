package cn.gov.sed.inspection.unit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Registering and revising a unit: what the entity keeps of a request (plain Java). */
class UnitTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T01:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T01:00:00Z");

    private static UnitRequest request(String uscc, String district, String address) {
        return new UnitRequest(uscc, " 天津市和平区某某物业管理有限公司 ", List.of(UnitType.USER, UnitType.MAINTENANCE),
                district, "RESIDENTIAL_PROPERTY", address, " ", "022-23456789");
    }

    @Test
    void aRegisteredUnitKeepsTheNormalisedRequestAndIsInGoodStanding() {
        Unit unit = Unit.register(request(" 91120101ma05k3xq1f ", "120101", "南京路1号"), MONDAY);
        assertNotNull(unit.id);
        assertEquals("91120101MA05K3XQ1F", unit.uscc);
        assertEquals("天津市和平区某某物业管理有限公司", unit.name);
        assertEquals(Set.of(UnitType.USER, UnitType.MAINTENANCE), unit.types);
        assertEquals("120101", unit.district);
        assertEquals("南京路1号", unit.address);
        assertNull(unit.contactName, "blank is not given");
        assertEquals("022-23456789", unit.contactPhone);
        assertFalse(unit.blacklisted);
        assertEquals(MONDAY, unit.createdAt);
        assertEquals(MONDAY, unit.updatedAt);
    }

    @Test
    void revisingReplacesTheParticularsButNotTheIdentityNorTheCreditStanding() {
        Unit unit = Unit.register(request("91120101MA05K3XQ1F", "120101", "南京路1号"), MONDAY);
        UUID id = unit.id;
        unit.blacklisted = true; // as a BLACKLIST action would have left it
        unit.revise(request("91120102MA05K3XQ1F", "120102", null), TUESDAY);
        assertEquals(id, unit.id);
        assertEquals("91120102MA05K3XQ1F", unit.uscc);
        assertEquals("120102", unit.district);
        assertNull(unit.address);
        assertEquals(true, unit.blacklisted);
        assertEquals(MONDAY, unit.createdAt);
        assertEquals(TUESDAY, unit.updatedAt);
    }
}
