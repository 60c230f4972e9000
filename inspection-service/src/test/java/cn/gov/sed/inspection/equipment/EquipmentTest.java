package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.inspection.unit.Unit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Registering and revising equipment: what the entity keeps of a request (plain Java). */
class EquipmentTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T01:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T01:00:00Z");

    private static Unit unit(String district) {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.district = district;
        return unit;
    }

    @Test
    void registeredEquipmentLiesInItsUnitsDistrictWithItsCodeNormalised() {
        Unit unit = unit("120101");
        Equipment lift = Equipment.register(unit, new EquipmentRequest(unit.id, " 3110 ", " 311012345202100001 ",
                " ", UsageEnvironment.RESIDENTIAL, "3号楼", LocalDate.of(2027, 6, 30), null), MONDAY);
        assertNotNull(lift.id);
        assertEquals(unit.id, lift.unitId);
        assertEquals("120101", lift.district);
        assertEquals("3110", lift.category);
        assertEquals("311012345202100001", lift.equipmentCode);
        assertEquals(EquipmentCodeFormat.CURRENT, lift.equipmentCodeFormat);
        assertNull(lift.registrationNumber, "blank is not given");
        assertEquals(EquipmentStatus.IN_USE, lift.status, "in use unless said otherwise");
        assertEquals(MONDAY, lift.createdAt);
        assertEquals(MONDAY, lift.updatedAt);
    }

    @Test
    void revisingMayMoveItToAnotherUnitAndKeepsItsIdentity() {
        Equipment lift = Equipment.register(unit("120101"), new EquipmentRequest(null, "3110", "311012345202100001",
                null, UsageEnvironment.RESIDENTIAL, null, null, null), MONDAY);
        UUID id = lift.id;
        Unit other = unit("120102");
        lift.revise(other, new EquipmentRequest(other.id, "3110", "12345678901234567890", "梯11津A00001(21)",
                UsageEnvironment.SCHOOL, null, null, EquipmentStatus.STOPPED), TUESDAY);
        assertEquals(id, lift.id);
        assertEquals(other.id, lift.unitId);
        assertEquals("120102", lift.district);
        assertEquals(EquipmentCodeFormat.LEGACY, lift.equipmentCodeFormat);
        assertEquals("梯11津A00001(21)", lift.registrationNumber);
        assertEquals(EquipmentStatus.STOPPED, lift.status);
        assertEquals(MONDAY, lift.createdAt);
        assertEquals(TUESDAY, lift.updatedAt);
    }
}
