package cn.gov.sed.system;

import cn.gov.sed.clients.hazard.api.HazardsApi;
import cn.gov.sed.clients.hazard.api.RectificationApi;
import cn.gov.sed.clients.hazard.model.Hazard;
import cn.gov.sed.clients.hazard.model.HazardPage;
import cn.gov.sed.clients.hazard.model.HazardStatus;
import cn.gov.sed.clients.hazard.model.HistoryEntry;
import cn.gov.sed.clients.hazard.model.PlanRequest;
import cn.gov.sed.clients.hazard.model.RectificationReportRequest;
import cn.gov.sed.clients.hazard.model.Severity;
import cn.gov.sed.clients.hazard.model.VerificationRequest;
import cn.gov.sed.clients.hazard.model.VerificationResult;
import cn.gov.sed.clients.inspection.api.EquipmentApi;
import cn.gov.sed.clients.inspection.api.InspectionsApi;
import cn.gov.sed.clients.inspection.api.UnitsApi;
import cn.gov.sed.clients.inspection.model.EquipmentRequest;
import cn.gov.sed.clients.inspection.model.EquipmentStatus;
import cn.gov.sed.clients.inspection.model.FindingRequest;
import cn.gov.sed.clients.inspection.model.Inspection;
import cn.gov.sed.clients.inspection.model.InspectionMethod;
import cn.gov.sed.clients.inspection.model.InspectionRequest;
import cn.gov.sed.clients.inspection.model.InspectionStatus;
import cn.gov.sed.clients.inspection.model.Inspector;
import cn.gov.sed.clients.inspection.model.StartRequest;
import cn.gov.sed.clients.inspection.model.UnitRequest;
import cn.gov.sed.clients.inspection.model.UnitType;
import cn.gov.sed.clients.inspection.model.UsageEnvironment;
import cn.gov.sed.clients.notification.api.NotificationsApi;
import cn.gov.sed.clients.notification.model.Notification;
import cn.gov.sed.clients.task.api.TasksApi;
import cn.gov.sed.clients.task.model.Task;
import cn.gov.sed.clients.task.model.TaskPage;
import cn.gov.sed.clients.task.model.TaskStatus;
import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The closed hazard loop across the four services, driven through the Java clients generated from the committed
 * specs (module {@code clients}), as another government system would drive it: an inspection with a minor, a
 * general and a major finding → three hazards → a listed-supervision task for the major one → five-point plan →
 * report → failed re-inspection → report → passed re-inspection → task done → the unit's inbox. A spec that drifts
 * from what the servers answer fails here (the clients refuse fields the spec does not name).
 */
class HazardLoopIT {
    private static final String DISTRICT = "120101";

    @Test
    void inspectionToVerifiedHazardToDoneTaskToNotifications() throws Exception {
        String city = Tokens.city();
        String inspector = Tokens.inspector(DISTRICT);
        String uscc = Fixtures.newCreditCode(DISTRICT);
        String unitToken = Tokens.unit(uscc);
        int n = Integer.parseInt(uscc.substring(12, 17));

        UUID unitId = new UnitsApi(SuiteClients.inspection(city)).registerUnit(new UnitRequest().uscc(uscc)
                .name("系统测试商厦").types(List.of(UnitType.USER)).district(DISTRICT).industry("COMMERCE_RETAIL")
                .address("测试路1号").contactName("张安全").contactPhone("13800000000"), null).getId();
        UUID liftId = new EquipmentApi(SuiteClients.inspection(city)).registerEquipment(new EquipmentRequest()
                .unitId(unitId).category("3110").equipmentCode("3110" + "12001" + "2020" + String.format("%05d", n))
                .registrationNumber("梯11津A" + String.format("%05d", n) + "(20)").usageEnvironment(UsageEnvironment.MALL)
                .location("中庭").nextInspectionDue(LocalDate.of(2027, 6, 30)).status(EquipmentStatus.IN_USE), null).getId();

        InspectionsApi inspections = new InspectionsApi(SuiteClients.inspection(inspector));
        Inspection planned = inspections.planInspection(new InspectionRequest().district(DISTRICT).unitId(unitId)
                .method(InspectionMethod.FOUR_NO_TWO_DIRECT)
                .inspectors(List.of(new Inspector().name("王建国").certificateNo("TJ0001"),
                        new Inspector().name("李明").certificateNo("TJ0002")))
                .departments(List.of()).plannedAt(now()), null);
        assertEquals(InspectionStatus.PLANNED, planned.getStatus());
        UUID inspectionId = planned.getId();
        assertEquals(InspectionStatus.IN_PROGRESS,
                inspections.startInspection(inspectionId, new StartRequest().startedAt(now()), null, null).getStatus());
        for (String item : List.of("G07", "G08", "E01")) { // minor, general, major by default
            inspections.recordFinding(inspectionId, new FindingRequest().equipmentId(liftId).checklistItemCode(item)
                    .description("系统测试发现 " + item), null, null);
        }
        assertEquals(InspectionStatus.COMPLETED, inspections.completeInspection(inspectionId, null, null).getStatus());

        // three hazards, registered from HazardFound: minor recorded, general and major listed
        HazardsApi hazards = new HazardsApi(SuiteClients.hazard(city));
        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                assertEquals(3L, hazardsOf(hazards, uscc, null).getTotal()));
        Hazard minor = only(hazardsOf(hazards, uscc, Severity.MINOR));
        assertEquals(HazardStatus.RECORDED, minor.getStatus());
        assertFalse(minor.getListed());
        Hazard general = only(hazardsOf(hazards, uscc, Severity.GENERAL));
        assertEquals(HazardStatus.LISTED, general.getStatus());
        assertTrue(general.getListed());
        UUID majorId = only(hazardsOf(hazards, uscc, Severity.MAJOR)).getId();
        Hazard major = hazards.getHazard(majorId);
        assertEquals(HazardStatus.LISTED, major.getStatus());
        assertEquals("E01", major.getChecklistItemCode());
        assertEquals(inspectionId, major.getInspectionId());

        // the major hazard opened a listed-supervision task (挂牌督办)
        TasksApi tasks = new TasksApi(SuiteClients.task(city));
        TasksApi.APIListTasksRequest tasksOfTheHazard = TasksApi.APIListTasksRequest.newBuilder().hazardId(majorId).build();
        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                assertEquals(1L, tasks.listTasks(tasksOfTheHazard).getTotal()));
        TaskPage page = tasks.listTasks(tasksOfTheHazard);
        UUID taskId = page.getItems().get(0).getId();

        // the unit sets its five-point plan; the task takes over the plan's deadline
        RectificationApi unitSide = new RectificationApi(SuiteClients.hazard(unitToken));
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        assertEquals(HazardStatus.RECTIFYING, unitSide.planRectification(majorId, new PlanRequest()
                .responsiblePerson("张安全").measures("更换门锁回路并恢复安全回路").funds("20000.00").deadline(deadline)
                .contingencyPlan("停梯并张贴告示，安排专人值守"), null).getStatus());
        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                assertEquals(deadline, tasks.getTask(taskId).getDueDate()));

        // report with evidence (required for a major hazard), failed re-inspection, report again, passed
        UUID evidence = unitSide.uploadHazardAttachment(majorId, null, png()).getId();
        report(unitSide, majorId, evidence);
        RectificationApi inspectorSide = new RectificationApi(SuiteClients.hazard(inspector));
        assertEquals(HazardStatus.RECTIFYING, inspectorSide.verifyRectification(majorId, new VerificationRequest()
                .result(VerificationResult.FAILED).inspector("王建国").comment("门锁回路仍被短接").verifiedAt(now()),
                null, null).getStatus());
        report(unitSide, majorId, evidence);
        assertEquals(HazardStatus.VERIFIED, inspectorSide.verifyRectification(majorId, new VerificationRequest()
                .result(VerificationResult.PASSED).inspector("王建国").comment("复查合格，予以销号").verifiedAt(now()),
                null, null).getStatus());
        List<HazardStatus> path = hazards.getHazard(majorId).getHistory().stream().map(HistoryEntry::getTo).toList();
        assertEquals(List.of(HazardStatus.LISTED, HazardStatus.RECTIFYING, HazardStatus.PENDING_VERIFICATION,
                HazardStatus.RECTIFYING, HazardStatus.PENDING_VERIFICATION, HazardStatus.VERIFIED), path);

        // the task is done and the unit was told
        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                assertEquals(TaskStatus.DONE, tasks.getTask(taskId).getStatus()));
        NotificationsApi inbox = new NotificationsApi(SuiteClients.notification(unitToken));
        await().atMost(RunningSuite.patience()).untilAsserted(() -> {
            List<Notification> told = inbox.listInbox(0, 50, null, null).getItems();
            List<String> types = told.stream().map(t -> String.valueOf(t.getType())).toList();
            assertTrue(types.containsAll(List.of("HazardRegistered", "RectificationVerified")), types.toString());
            assertTrue(told.stream().anyMatch(t -> majorId.toString().equals(String.valueOf(t.getSubject()))));
        });
        // another unit's inbox holds none of it
        assertEquals(0L, new NotificationsApi(SuiteClients.notification(Tokens.unit(Fixtures.newCreditCode(DISTRICT))))
                .listInbox(null, null, null, null).getTotal());
    }

    private static HazardPage hazardsOf(HazardsApi hazards, String uscc, Severity severity) throws Exception {
        return hazards.listHazards(HazardsApi.APIListHazardsRequest.newBuilder().unitUscc(uscc).severity(severity)
                .build()).getHazardPage();
    }

    private static Hazard only(HazardPage page) {
        assertEquals(1L, page.getTotal(), "one hazard expected: " + page.getItems());
        return page.getItems().get(0);
    }

    private static void report(RectificationApi unitSide, UUID hazardId, UUID evidence) throws Exception {
        assertEquals(HazardStatus.PENDING_VERIFICATION, unitSide.reportRectification(hazardId,
                new RectificationReportRequest().description("已更换门锁并恢复安全回路").completedAt(now())
                        .evidence(List.of(evidence)), null, null).getStatus());
    }

    private static File png() throws Exception {
        File file = Files.createTempFile("after", ".png").toFile();
        file.deleteOnExit();
        Files.write(file.toPath(), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        return file;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
    }
}
