package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.InspectionCompleted;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The aggregate applies its lifecycle and answers the events of each transition (plain JUnit). */
class InspectionTest {
    private static final Instant T0 = Instant.parse("2026-06-10T01:00:00Z");

    private static Inspection planned(Unit unit) {
        return Inspection.plan(42, "120101", unit.id, InspectionMethod.COVERT, T0,
                List.of(new InspectorEntry("张三", "津执1"), new InspectorEntry("李四", "津执2")), List.of(),
                "inspector-1", T0);
    }

    private static Unit unit() {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.uscc = "91120101MA05K3XQ1F";
        unit.name = "天津某物业公司";
        unit.district = "120101";
        unit.industry = "RESIDENTIAL_PROPERTY";
        return unit;
    }

    @Test
    void startingMovesToInProgressAndTellsNobody() {
        Inspection inspection = planned(unit());
        assertEquals(InspectionStatus.PLANNED, inspection.status);
        assertEquals(List.of(), inspection.start(T0.plusSeconds(60), "3号楼电梯机房"));
        assertEquals(InspectionStatus.IN_PROGRESS, inspection.status);
        assertEquals(T0.plusSeconds(60), inspection.startedAt);
        assertEquals("3号楼电梯机房", inspection.location);
    }

    @Test
    void completingAnswersInspectionCompleted() {
        Unit unit = unit();
        Inspection inspection = planned(unit);
        inspection.id = UUID.randomUUID();
        inspection.start(T0, null);
        List<DomainEvent> events = inspection.complete(T0.plusSeconds(3600), unit, List.of());
        assertEquals(InspectionStatus.COMPLETED, inspection.status);
        assertEquals(1, events.size());
        InspectionCompleted completed = (InspectionCompleted) events.get(0);
        assertEquals(inspection.id, completed.inspectionId());
        assertEquals(unit.uscc, completed.unitUscc());
        assertEquals(0, completed.findingCount());
    }

    @Test
    void aPlannedInspectionCannotCompleteNorRecord() {
        Unit unit = unit();
        Inspection inspection = planned(unit);
        ProblemException e = assertThrows(ProblemException.class, () -> inspection.complete(T0, unit, List.of()));
        assertEquals(409, e.problem().getStatus());
        assertEquals(List.of("start"), e.problem().getExtensions().get("allowedActions"));
        assertThrows(ProblemException.class, inspection::requireFindingsAllowed);
        assertThrows(ProblemException.class, inspection::requirePhotosAllowed);
        assertEquals(InspectionStatus.PLANNED, inspection.status);
        assertTrue(inspection.completedAt == null);
    }
}
