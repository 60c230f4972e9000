package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationRejected;
import cn.gov.sed.contracts.events.RectificationSubmitted;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.rectification.Plan;
import cn.gov.sed.hazard.rectification.RectificationReport;
import cn.gov.sed.hazard.rectification.VerificationResult;
import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hazard aggregate owns its transitions and returns its events (plain JUnit, no Quarkus). */
class HazardTest {
    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Hazard reported() {
        ReportRequest r = new ReportRequest("120101", "91120101MA05K3XQ1F", "某单位", "3000", "3110-12-0001",
                "制动器磨损", OffsetDateTime.parse("2026-11-27T09:30:00+08:00"));
        return Hazard.reported(r, "HOUSING", "dept", NOW);
    }

    private static Plan plan(LocalDate deadline) {
        return new Plan("张三", "更换闸瓦", "2000.00", deadline, "停用", Zones.shanghai(NOW), "unit");
    }

    @Test
    void aReportIsReportedAndAnnouncesNothingUntilClassified() {
        Hazard h = reported();
        assertEquals(HazardStatus.REPORTED, h.status);
        List<DomainEvent> events = h.classify(new ClassificationRequest(true, Severity.GENERAL,
                HazardType.EQUIPMENT_CONDITION, null), "inspector", NOW, TODAY, 15);
        assertEquals(HazardStatus.LISTED, h.status);
        assertEquals(TODAY.plusDays(15), h.deadline);
        HazardRegistered e = assertInstanceOf(HazardRegistered.class, events.get(0));
        assertEquals(HazardStatus.LISTED, e.status());
        assertEquals(1, events.size());
    }

    @Test
    void removingTellsTheDepartmentWhy() {
        Hazard h = reported();
        List<DomainEvent> events = h.classify(new ClassificationRequest(false, null, null, " 非特种设备 "), "i", NOW,
                TODAY, 15);
        assertEquals(HazardStatus.REMOVED, h.status);
        assertEquals("非特种设备", assertInstanceOf(HazardRemoved.class, events.get(0)).reason());
    }

    @Test
    void theRectificationLoopReturnsOneEventPerStep() {
        Hazard h = reported();
        h.classify(new ClassificationRequest(true, Severity.MAJOR, HazardType.EQUIPMENT_CONDITION, null), "i", NOW,
                TODAY, 15);
        assertInstanceOf(RectificationPlanned.class, h.planRectification(plan(TODAY.plusDays(5)), "unit", NOW).get(0));
        assertEquals(HazardStatus.RECTIFYING, h.status);
        assertEquals(TODAY.plusDays(5), h.deadline);
        h.planRectification(plan(TODAY.plusDays(9)), "unit", NOW);
        assertEquals(1, h.planHistoryList().size());
        RectificationReport report = new RectificationReport("done", Zones.shanghai(NOW), List.of(),
                Zones.shanghai(NOW), "unit");
        assertInstanceOf(RectificationSubmitted.class, h.reportRectification(report, "unit", NOW).get(0));
        assertEquals(HazardStatus.PENDING_VERIFICATION, h.status);
        RectificationRejected rejected = assertInstanceOf(RectificationRejected.class,
                h.verify(VerificationResult.FAILED, "李四", "still worn", Zones.shanghai(NOW), "i", NOW).get(0));
        assertEquals(1, rejected.round());
        assertEquals(HazardStatus.RECTIFYING, h.status);
        h.reportRectification(report, "unit", NOW);
        assertInstanceOf(RectificationVerified.class,
                h.verify(VerificationResult.PASSED, "李四", null, Zones.shanghai(NOW), "i", NOW).get(0));
        assertEquals(HazardStatus.VERIFIED, h.status);
        assertEquals(NOW, h.closedAt);
        assertEquals(2, h.verificationList().size());
        assertTrue(h.listed);
    }

    @Test
    void anIllegalTransitionChangesNothing() {
        Hazard h = reported();
        List<HistoryEntry> history = List.copyOf(h.historyEntries());
        ProblemException e = assertThrows(ProblemException.class,
                () -> h.planRectification(plan(TODAY.plusDays(5)), "unit", NOW));
        assertEquals(409, e.problem().getStatus());
        assertEquals(HazardStatus.REPORTED, h.status);
        assertEquals(history, h.historyEntries());
    }
}
