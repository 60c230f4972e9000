package cn.gov.sed.notification.routing;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.contracts.events.InspectionCompleted;
import cn.gov.sed.contracts.events.MilestoneOverdue;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationRejected;
import cn.gov.sed.contracts.events.RectificationSubmitted;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.events.TaskCompleted;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.OverdueLevel;
import cn.gov.sed.contracts.vocabulary.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingRulesTest {
    private static final String D = "120101";
    private static final String USCC = "91120101MA05K3XQ1F";
    private static final UUID HAZARD = UUID.randomUUID();
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-27T10:00:00+08:00");

    private static List<Recipient> recipients(Object event) {
        return RoutingRules.route((cn.gov.sed.contracts.events.DomainEvent) event).stream()
                .map(NotificationDraft::recipient).toList();
    }

    private static HazardRegistered registered(String department) {
        return new HazardRegistered(D, HAZARD, Severity.MAJOR, HazardStatus.LISTED, USCC, "津门电梯有限公司", "3110",
                HazardType.EQUIPMENT_CONDITION, LocalDate.parse("2026-12-12"), HazardSource.DEPARTMENT_REPORT, department);
    }

    @Test
    void aRegisteredHazardGoesToTheUnitTheBureauAndTheReportingDepartment() {
        assertEquals(List.of(Recipient.unit(USCC), Recipient.districtAdmin(D), Recipient.department("HOUSING", D)),
                recipients(registered("HOUSING")));
        assertEquals(List.of(Recipient.unit(USCC), Recipient.districtAdmin(D)), recipients(registered(null)));
        NotificationDraft draft = RoutingRules.route(registered(null)).get(0);
        assertEquals("新登记重大隐患", draft.title());
        assertTrue(draft.body().contains("津门电梯有限公司"), draft.body());
        assertEquals("HazardRegistered", draft.type());
        assertEquals(HAZARD.toString(), draft.subject());
    }

    @Test
    void verifiedAndRemovedHazards() {
        assertEquals(List.of(Recipient.unit(USCC), Recipient.districtAdmin(D)),
                recipients(new RectificationVerified(D, HAZARD, AT, "王检", USCC, Severity.MAJOR)));
        var removed = new HazardRemoved(D, HAZARD, "属于普通建筑设施，不是特种设备", "EDUCATION");
        assertEquals(List.of(Recipient.department("EDUCATION", D), Recipient.districtAdmin(D)), recipients(removed));
        assertTrue(RoutingRules.route(removed).get(0).body().contains("属于普通建筑设施"));
    }

    @Test
    void rectificationStepsGoToTheUnitAndTheDistrictsInspectors() {
        List<Recipient> expected = List.of(Recipient.unit(USCC), Recipient.inspector(D));
        assertEquals(expected, recipients(new RectificationPlanned(D, HAZARD, "李明", LocalDate.parse("2026-12-30"), USCC)));
        assertEquals(expected, recipients(new RectificationSubmitted(D, HAZARD, AT, USCC)));
        assertEquals(expected, recipients(new RectificationRejected(D, HAZARD, 1, "未更换安全阀", USCC)));
    }

    @Test
    void overdueHazardsClimbTheLadder() {
        LocalDate deadline = LocalDate.parse("2026-11-20");
        assertEquals(List.of(Recipient.unit(USCC)),
                recipients(new HazardOverdue(D, HAZARD, OverdueLevel.DAY_0, deadline, USCC, Severity.MAJOR)));
        assertEquals(List.of(Recipient.districtAdmin(D)),
                recipients(new HazardOverdue(D, HAZARD, OverdueLevel.DAY_3, deadline, USCC, Severity.MAJOR)));
        assertEquals(List.of(Recipient.city()),
                recipients(new HazardOverdue(D, HAZARD, OverdueLevel.DAY_7, deadline, USCC, Severity.MAJOR)));
    }

    @Test
    void inspectionsAndEnforcement() {
        UUID unitId = UUID.randomUUID();
        assertEquals(List.of(Recipient.districtAdmin(D)), recipients(new InspectionCompleted(D, UUID.randomUUID(),
                unitId, USCC, InspectionMethod.FOUR_NO_TWO_DIRECT, AT, 2)));
        var action = new EnforcementActionTaken(D, UUID.randomUUID(), unitId, USCC, "津门电梯有限公司",
                EnforcementType.PENALTY, "逾期未整改", "特种设备安全法第八十三条", "20000.00", "津市监罚〔2026〕1号",
                List.of(), AT);
        assertEquals(List.of(Recipient.unit(USCC), Recipient.districtAdmin(D)), recipients(action));
        assertEquals(unitId.toString(), RoutingRules.route(action).get(0).subject());
        assertEquals("执法措施：行政处罚", RoutingRules.route(action).get(0).title());
    }

    @Test
    void tasksGoToTheDistrictBureauOrTheCityWhenCityWide() {
        UUID task = UUID.randomUUID();
        assertEquals(List.of(Recipient.districtAdmin(D)),
                recipients(new TaskAssigned(D, task, "挂牌督办", null, "MARKET_SUPERVISION", null)));
        assertEquals(List.of(Recipient.city()),
                recipients(new TaskAssigned(null, task, "全市任务", "赵科长", null, null)));
        assertEquals(List.of(Recipient.city()), recipients(new MilestoneOverdue(null, task, UUID.randomUUID(),
                "完成排查", LocalDate.parse("2026-11-01"), null)));
        assertEquals(List.of(Recipient.districtAdmin(D)), recipients(new TaskCompleted(D, task, "挂牌督办", AT)));
    }

    @Test
    void aUnitWithoutCreditCodeIsLeftOutAndUnroutedEventsNotifyNobody() {
        assertEquals(List.of(Recipient.inspector(D)),
                recipients(new RectificationSubmitted(D, HAZARD, AT, null)));
        assertEquals(List.of(), recipients(new HazardFound(D, UUID.randomUUID(), UUID.randomUUID(),
                InspectionMethod.ROUTINE, AT, UUID.randomUUID(), USCC, "单位", null, null, null, null, null, "3110",
                null, "3110-01", null, Severity.GENERAL, HazardType.OTHER, "描述", List.of(), null)));
    }

    @Test
    void recipientKeysTellAddresseesApart() {
        assertEquals("ROLE:district-admin@120101", Recipient.districtAdmin("120101").key());
        assertEquals("ROLE:city", Recipient.city().key());
        assertEquals("UNIT:" + USCC, Recipient.unit(USCC).key());
        // a department is addressed with the district of the matter (API.md v1.1): HOUSING of 120101 is not of 120116
        assertEquals("DEPARTMENT:HOUSING@120101", Recipient.department("HOUSING", "120101").key());
        assertEquals(D, recipients(registered("HOUSING")).get(2).district());
        assertEquals(D, recipients(new HazardRemoved(D, HAZARD, "不是特种设备", "EDUCATION")).get(0).district());
    }

    @Test
    void remindersGoToTheUnitAndBureauOrToTheTasksBureauAndLeadDepartment() {
        var hazard = new cn.gov.sed.contracts.events.RectificationDueTomorrow(D, HAZARD, LocalDate.parse("2026-12-05"),
                USCC, "津门电梯有限公司", Severity.GENERAL, "门锁回路短接");
        assertEquals(List.of(Recipient.unit(USCC), Recipient.districtAdmin(D)), recipients(hazard));
        assertTrue(RoutingRules.route(hazard).get(0).body().contains("将于明日届满"));
        UUID task = UUID.randomUUID();
        var node = new cn.gov.sed.contracts.events.MilestoneDueTomorrow(D, task, UUID.randomUUID(), "完成自查",
                LocalDate.parse("2026-12-05"), "赵科长", "HOUSING", "电梯专项整治");
        assertEquals(List.of(Recipient.districtAdmin(D), Recipient.department("HOUSING", D)), recipients(node));
        var cityWide = new cn.gov.sed.contracts.events.MilestoneDueTomorrow(null, task, UUID.randomUUID(), "完成自查",
                LocalDate.parse("2026-12-05"), "赵科长", null, "电梯专项整治");
        assertEquals(List.of(Recipient.city()), recipients(cityWide));
    }
}
