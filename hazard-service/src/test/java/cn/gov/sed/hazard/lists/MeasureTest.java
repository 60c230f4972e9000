package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A measure is drafted and revised by its own methods, from a checked request (plain JUnit, no Quarkus). */
class MeasureTest {
    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    private static MeasureRequest request(String title, MeasureStatus status) {
        return new MeasureRequest(title, "每半月专项检查", MeasureKind.SYSTEM,
                new MeasureRequest.Addresses(List.of("G01"), List.of(HazardType.MANAGEMENT_SYSTEM), List.of("3000")),
                "HOUSING", List.of("MARKET_SUPERVISION"), "120103", LocalDate.of(2027, 3, 31), status, "津市监特〔2026〕12号");
    }

    @Test
    void aDraftHoldsTheRequestAndIsDraftUnlessAStatusIsSent() {
        Measure m = Measure.draft(request("  住宅电梯制度 ", null), "city-1", NOW);
        assertNotNull(m.id);
        assertEquals("住宅电梯制度", m.title);
        assertEquals(MeasureStatus.DRAFT, m.status);
        assertEquals("city-1", m.createdBy);
        assertEquals(NOW, m.createdAt);
        assertEquals("120103", m.district);
        MeasureView view = MeasureView.of(m);
        assertEquals(List.of("G01"), view.addresses().checklistItems());
        assertEquals(List.of(HazardType.MANAGEMENT_SYSTEM), view.addresses().hazardTypes());
        assertEquals(List.of("MARKET_SUPERVISION"), view.cooperatingDepartments());
        assertEquals(MeasureStatus.IN_FORCE, Measure.draft(request("x", MeasureStatus.IN_FORCE), "a", NOW).status);
    }

    @Test
    void aRevisionReplacesTheWholeMeasureButNotWhoMadeItOrWhen() {
        Measure m = Measure.draft(request("旧标题", MeasureStatus.IN_FORCE), "city-1", NOW);
        var id = m.id;
        m.revise(new MeasureRequest("新标题", null, MeasureKind.MEASURE, null, "HOUSING", null, null, null, null, null));
        assertEquals(id, m.id);
        assertEquals("city-1", m.createdBy);
        assertEquals(NOW, m.createdAt);
        assertEquals("新标题", m.title);
        assertEquals(MeasureKind.MEASURE, m.kind);
        assertEquals(MeasureStatus.DRAFT, m.status); // no status sent: back to DRAFT, as a PUT replaces it all
        assertNull(m.district);
        assertNull(m.documentNumber);
        assertEquals(List.of(), MeasureView.of(m).addresses().checklistItems());
        assertEquals(List.of(), MeasureView.of(m).cooperatingDepartments());
    }

    @Test
    void theCheckNamesEveryBrokenFieldAtOnce() {
        MeasureCheck.check(request("x", null));
        MeasureRequest bad = new MeasureRequest(" ", null, null,
                new MeasureRequest.Addresses(List.of("X99"), null, List.of("0000")), "NOPE", List.of("ALSO_NOPE"),
                "999999", null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> MeasureCheck.check(bad));
        assertEquals(List.of("title", "kind", "leadDepartment", "cooperatingDepartments[0]", "district",
                        "addresses.checklistItems[0]", "addresses.equipmentCategories[0]"),
                ((List<?>) e.problem().getExtensions().get("violations")).stream()
                        .map(v -> ((Violation) v).field()).toList());
        assertThrows(ValidationException.class, () -> MeasureCheck.check(null));
    }
}
