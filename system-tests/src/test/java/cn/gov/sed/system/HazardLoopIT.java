package cn.gov.sed.system;

import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static cn.gov.sed.system.Fixtures.at;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The closed hazard loop across the four services, as clients drive it over HTTP: an inspection with a minor,
 * a general and a major finding → three hazards → a listed-supervision task for the major one → five-point
 * plan → report → failed re-inspection → report → passed re-inspection → task done → the unit's inbox.
 */
class HazardLoopIT {
    private static final String DISTRICT = "120101";

    @Test
    void inspectionToVerifiedHazardToDoneTaskToNotifications() {
        String city = Tokens.city();
        String inspector = Tokens.inspector(DISTRICT);
        String uscc = Fixtures.newCreditCode(DISTRICT);
        String unitToken = Tokens.unit(uscc);

        String unitId = at("inspection-service", city).body(Fixtures.unit(uscc, DISTRICT, "系统测试商厦"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String liftId = at("inspection-service", city).body(Fixtures.elevator(unitId, Integer.parseInt(uscc.substring(12, 17))))
                .post("/api/v1/equipment").then().statusCode(201).extract().path("id");

        String inspectionId = at("inspection-service", inspector).body(Fixtures.inspection(DISTRICT, unitId))
                .post("/api/v1/inspections").then().statusCode(201).body("status", equalTo("PLANNED"))
                .extract().path("id");
        at("inspection-service", inspector).body(Map.of("startedAt", Fixtures.now()))
                .post("/api/v1/inspections/" + inspectionId + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        for (String item : List.of("G07", "G08", "E01")) { // minor, general, major by default
            at("inspection-service", inspector).body(Map.of("equipmentId", liftId, "checklistItemCode", item,
                            "description", "系统测试发现 " + item))
                    .post("/api/v1/inspections/" + inspectionId + "/findings").then().statusCode(201);
        }
        at("inspection-service", inspector).post("/api/v1/inspections/" + inspectionId + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        // three hazards, registered from HazardFound: minor recorded, general and major listed
        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                at("hazard-service", city).queryParam("unitUscc", uscc).get("/api/v1/hazards")
                        .then().statusCode(200).body("total", equalTo(3)));
        String majorId = hazardId(city, uscc, "MAJOR");
        at("hazard-service", city).queryParam("unitUscc", uscc).queryParam("severity", "MINOR").get("/api/v1/hazards")
                .then().body("items[0].status", equalTo("RECORDED")).body("items[0].listed", equalTo(false));
        at("hazard-service", city).queryParam("unitUscc", uscc).queryParam("severity", "GENERAL").get("/api/v1/hazards")
                .then().body("items[0].status", equalTo("LISTED")).body("items[0].listed", equalTo(true));
        at("hazard-service", city).get("/api/v1/hazards/" + majorId).then().statusCode(200)
                .body("status", equalTo("LISTED")).body("checklistItemCode", equalTo("E01"))
                .body("inspectionId", equalTo(inspectionId));

        // the major hazard opened a listed-supervision task (挂牌督办)
        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                at("task-service", city).queryParam("hazardId", majorId).get("/api/v1/tasks")
                        .then().statusCode(200).body("total", equalTo(1)));
        String taskId = at("task-service", city).queryParam("hazardId", majorId).get("/api/v1/tasks")
                .then().extract().path("items[0].id");

        // the unit sets its five-point plan; the task takes over the plan's deadline
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();
        at("hazard-service", unitToken).body(Map.of("responsiblePerson", "张安全", "measures", "更换门锁回路并恢复安全回路",
                        "funds", "20000.00", "deadline", deadline, "contingencyPlan", "停梯并张贴告示，安排专人值守"))
                .put("/api/v1/hazards/" + majorId + "/rectification-plan").then().statusCode(200)
                .body("status", equalTo("RECTIFYING"));
        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                at("task-service", city).get("/api/v1/tasks/" + taskId).then().body("dueDate", equalTo(deadline)));

        // report with evidence (required for a major hazard), failed re-inspection, report again, passed
        String evidence = uploadEvidence(unitToken, majorId);
        report(unitToken, majorId, evidence);
        at("hazard-service", inspector).body(Map.of("result", "FAILED", "inspector", "王建国", "comment", "门锁回路仍被短接",
                        "verifiedAt", Fixtures.now()))
                .post("/api/v1/hazards/" + majorId + "/verification").then().statusCode(200)
                .body("status", equalTo("RECTIFYING"));
        report(unitToken, majorId, evidence);
        at("hazard-service", inspector).body(Map.of("result", "PASSED", "inspector", "王建国", "comment", "复查合格，予以销号",
                        "verifiedAt", Fixtures.now()))
                .post("/api/v1/hazards/" + majorId + "/verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        List<String> path = at("hazard-service", city).get("/api/v1/hazards/" + majorId).then()
                .extract().path("history.to");
        assertEquals(List.of("LISTED", "RECTIFYING", "PENDING_VERIFICATION", "RECTIFYING", "PENDING_VERIFICATION",
                "VERIFIED"), path);

        // the task is done and the unit was told
        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                at("task-service", city).get("/api/v1/tasks/" + taskId).then().body("status", equalTo("DONE")));
        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                at("notification-service", unitToken).get("/api/v1/notifications/inbox?size=50").then().statusCode(200)
                        .body("items.type", hasItems("HazardRegistered", "RectificationVerified"))
                        .body("items.subject", hasItem(majorId)));
        // another unit's inbox holds none of it
        at("notification-service", Tokens.unit(Fixtures.newCreditCode(DISTRICT))).get("/api/v1/notifications/inbox")
                .then().statusCode(200).body("total", equalTo(0));
    }

    private static String hazardId(String token, String uscc, String severity) {
        return at("hazard-service", token).queryParam("unitUscc", uscc).queryParam("severity", severity)
                .get("/api/v1/hazards").then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
    }

    private static String uploadEvidence(String token, String hazardId) {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        return io.restassured.RestAssured.given().baseUri(RunningSuite.get().url("hazard-service")).auth().oauth2(token)
                .multiPart("file", "after.png", png, "image/png")
                .post("/api/v1/hazards/" + hazardId + "/attachments").then().statusCode(201).extract().path("id");
    }

    private static void report(String token, String hazardId, String evidence) {
        at("hazard-service", token).body(Map.of("description", "已更换门锁并恢复安全回路", "completedAt", Fixtures.now(),
                        "evidence", List.of(evidence)))
                .post("/api/v1/hazards/" + hazardId + "/rectification-report").then().statusCode(200)
                .body("status", equalTo("PENDING_VERIFICATION"));
    }
}
