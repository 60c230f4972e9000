package cn.gov.sed.task.task;

import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import cn.gov.sed.platform.time.MovableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class TaskResourceTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MovableClock clock;

    LocalDate today() {
        return Zones.today(clock);
    }

    Map<String, Object> task(String district, String title) {
        var body = new java.util.HashMap<String, Object>();
        body.put("campaign", "特种设备安全专项整治三年行动");
        body.put("phase", "CONCENTRATED_TACKLING");
        body.put("district", district);
        body.put("title", title);
        body.put("goal", "电梯隐患清零");
        body.put("measures", "逐台排查");
        body.put("leadDepartment", "MARKET_SUPERVISION");
        body.put("cooperatingDepartments", List.of("HOUSING", "EDUCATION"));
        body.put("responsiblePerson", "赵科长");
        body.put("milestones", List.of(
                Map.of("title", "完成排查", "dueDate", today().plusDays(10).toString()),
                Map.of("title", "完成整改", "dueDate", today().plusDays(20).toString())));
        return body;
    }

    String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks").then().statusCode(201)
                .header("Location", startsWith("http"))
                .extract().path("id");
    }

    @Test
    void theCityPlansATaskAndTaskAssignedIsPublished() {
        String title = "电梯专项整治-" + UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(task("120101", title))
                .post("/api/v1/tasks").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("NOT_STARTED"))
                .body("dueDate", equalTo(today().plusDays(20).toString()))
                .body("milestones.size()", equalTo(2))
                .body("milestones[0].title", equalTo("完成排查"))
                .body("milestones[0].completedAt", nullValue())
                .body("cooperatingDepartments", equalTo(List.of("HOUSING", "EDUCATION")))
                .body("ragStatus", equalTo("GREEN"))
                .body("hazardId", nullValue())
                .extract().path("id");
        var record = new KafkaEvents(bootstrapServers).awaitRecord("task-events",
                r -> KafkaEvents.is(r, EventType.TASK_ASSIGNED, id));
        TaskAssigned assigned = EventJson.read(record.value(), TaskAssigned.class);
        assertEquals(title, assigned.title());
        assertEquals("赵科长", assigned.responsiblePerson());
    }

    @Test
    void aDistrictBureauPlansOnlyInItsOwnDistrict() {
        create(Tokens.districtAdmin("120103"), task("120103", "本区任务"));
        given().auth().oauth2(Tokens.districtAdmin("120103")).contentType(ContentType.JSON)
                .body(task("120104", "他区任务")).post("/api/v1/tasks").then().statusCode(403);
        given().auth().oauth2(Tokens.districtAdmin("120103")).contentType(ContentType.JSON)
                .body(task(null, "全市任务")).post("/api/v1/tasks").then().statusCode(403);
        given().auth().oauth2(Tokens.inspector("120103")).contentType(ContentType.JSON)
                .body(task("120103", "检查员任务")).post("/api/v1/tasks").then().statusCode(403);
        given().contentType(ContentType.JSON).body(task("120103", "无令牌")).post("/api/v1/tasks")
                .then().statusCode(401);
    }

    @Test
    void badInputIsA400ProblemAndCreatesNothing() {
        String marker = "坏请求-" + UUID.randomUUID();
        Map<String, Object> body = task("120101", marker);
        body.put("leadDepartment", "NO_SUCH_DEPT");
        body.put("cooperatingDepartments", List.of("HOUSING", "NOPE"));
        body.put("milestones", List.of(Map.of("title", "过去的节点", "dueDate", today().minusDays(1).toString())));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("leadDepartment"))
                .body("violations.field", hasItem("cooperatingDepartments[1]"))
                .body("violations.field", hasItem("milestones[0].dueDate"));

        Map<String, Object> noTitle = task("120101", "");
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(noTitle)
                .post("/api/v1/tasks").then().statusCode(400)
                .body("violations.field", hasItem("title"));
        Map<String, Object> badPhase = task("120101", marker);
        badPhase.put("phase", "LATER");
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(badPhase)
                .post("/api/v1/tasks").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));
        Map<String, Object> badDistrict = task("999999", marker);
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(badDistrict)
                .post("/api/v1/tasks").then().statusCode(400)
                .body("violations.field", hasItem("district"));

        given().auth().oauth2(Tokens.city()).queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.title", not(hasItem(marker)));
    }

    @Test
    void listsAreScopedToTheDistrictAndTheCityWideTasks() {
        String own = create(Tokens.city(), task("120105", "河北区任务"));
        String other = create(Tokens.city(), task("120106", "红桥区任务"));
        String cityWide = create(Tokens.city(), task(null, "全市统筹任务"));

        given().auth().oauth2(Tokens.districtAdmin("120105")).queryParam("size", 200).get("/api/v1/tasks")
                .then().statusCode(200)
                .body("items.id", hasItem(own))
                .body("items.id", hasItem(cityWide))
                .body("items.id", not(hasItem(other)))
                .body("items.district", everyItem(org.hamcrest.Matchers.anyOf(equalTo("120105"), nullValue())));
        given().auth().oauth2(Tokens.inspector("120105")).get("/api/v1/tasks/" + other).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        given().auth().oauth2(Tokens.inspector("120105")).get("/api/v1/tasks/" + cityWide).then().statusCode(200);
        given().auth().oauth2(Tokens.districtAdmin("120105")).queryParam("district", "120106")
                .get("/api/v1/tasks").then().statusCode(403);
        given().auth().oauth2(Tokens.department("HOUSING", "120105")).get("/api/v1/tasks").then().statusCode(403);
        given().auth().oauth2(Tokens.unit("91120101MA05K3XQ1F")).get("/api/v1/tasks/" + own).then().statusCode(403);
        given().get("/api/v1/tasks").then().statusCode(401);
        given().auth().oauth2(Tokens.expired("120105")).get("/api/v1/tasks").then().statusCode(401);
        given().auth().oauth2(Tokens.city()).queryParam("district", "120106").queryParam("size", 200)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem(other))
                .body("items.id", not(hasItem(own)));
    }

    @Test
    void badFiltersAndPagingAre400() {
        given().auth().oauth2(Tokens.city()).queryParam("size", 0).get("/api/v1/tasks").then().statusCode(400)
                .body("violations.field", hasItem("size"));
        given().auth().oauth2(Tokens.city()).queryParam("status", "FINISHED").get("/api/v1/tasks")
                .then().statusCode(400).body("violations.field", hasItem("status"));
        given().auth().oauth2(Tokens.city()).queryParam("overdue", "yes").get("/api/v1/tasks")
                .then().statusCode(400).body("violations.field", hasItem("overdue"));
        given().auth().oauth2(Tokens.city()).queryParam("hazardId", "x").get("/api/v1/tasks")
                .then().statusCode(400).body("violations.field", hasItem("hazardId"));
        given().auth().oauth2(Tokens.city()).queryParam("sort", "secret,asc").get("/api/v1/tasks")
                .then().statusCode(400).body("violations.field", hasItem("sort"));
        // a mistyped district is named, not answered with an empty page
        for (String district : new String[] {"12011", "120199", "和平区"}) {
            given().auth().oauth2(Tokens.city()).queryParam("district", district).get("/api/v1/tasks")
                    .then().statusCode(400).body("violations.field", hasItem("district"));
        }
        given().auth().oauth2(Tokens.city()).queryParam("district", "120101").get("/api/v1/tasks").then().statusCode(200);
    }

    @Test
    void milestonesCompleteAndTheTaskIsClosedOnlyWhenAllAreDone() {
        String id = create(Tokens.districtAdmin("120110"), task("120110", "东丽区节点任务"));
        var view = given().auth().oauth2(Tokens.districtAdmin("120110")).get("/api/v1/tasks/" + id)
                .then().extract().jsonPath();
        String first = view.getString("milestones[0].id");
        String second = view.getString("milestones[1].id");

        given().auth().oauth2(Tokens.districtAdmin("120110")).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE")).patch("/api/v1/tasks/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("currentStatus", equalTo("NOT_STARTED"));

        given().auth().oauth2(Tokens.districtAdmin("120110"))
                .post("/api/v1/tasks/" + id + "/milestones/" + first + "/complete").then().statusCode(200)
                .body("milestones[0].completedAt", notNullValue())
                .body("status", equalTo("IN_PROGRESS"))
                .header("ETag", equalTo("\"1\""));
        given().auth().oauth2(Tokens.districtAdmin("120110"))
                .post("/api/v1/tasks/" + id + "/milestones/" + UUID.randomUUID() + "/complete").then().statusCode(404);
        given().auth().oauth2(Tokens.districtAdmin("120111"))
                .post("/api/v1/tasks/" + id + "/milestones/" + second + "/complete").then().statusCode(404);
        given().auth().oauth2(Tokens.districtAdmin("120110"))
                .post("/api/v1/tasks/" + id + "/milestones/" + second + "/complete").then().statusCode(200);

        given().auth().oauth2(Tokens.districtAdmin("120110")).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "DONE")).patch("/api/v1/tasks/" + id).then().statusCode(412);
        given().auth().oauth2(Tokens.districtAdmin("120110")).contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Map.of("status", "DONE", "responsiblePerson", "钱主任")).patch("/api/v1/tasks/" + id)
                .then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("responsiblePerson", equalTo("钱主任"))
                .body("completedAt", notNullValue());
        new KafkaEvents(bootstrapServers).awaitRecord("task-events", r -> KafkaEvents.is(r, EventType.TASK_COMPLETED, id));

        given().auth().oauth2(Tokens.districtAdmin("120110")).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS")).patch("/api/v1/tasks/" + id).then().statusCode(409);
    }

    @Test
    void patchValidatesAndADistrictCannotChangeCityWideTasks() {
        String cityWide = create(Tokens.city(), task(null, "全市任务-" + UUID.randomUUID()));
        given().auth().oauth2(Tokens.districtAdmin("120112")).contentType(ContentType.JSON)
                .body(Map.of("goal", "改目标")).patch("/api/v1/tasks/" + cityWide).then().statusCode(403);
        String id = create(Tokens.city(), task("120112", "津南区任务"));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(Map.of("leadDepartment", "NOPE", "goal", "不应保存")).patch("/api/v1/tasks/" + id)
                .then().statusCode(400).body("violations.field", hasItem("leadDepartment"));
        given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).then()
                .body("goal", equalTo("电梯隐患清零")).body("version", equalTo(0));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(Map.of("status", "STARTED")).patch("/api/v1/tasks/" + id).then().statusCode(400);
    }

    /** A task without a due date or milestones is GREEN, and so among the tasks that are not overdue (not lost). */
    @Test
    void aTaskWithoutDatesIsAmongTheTasksNotOverdue() {
        Map<String, Object> body = task("120113", "无期限任务-" + UUID.randomUUID());
        body.remove("milestones");
        String id = create(Tokens.city(), body);
        given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).then()
                .body("dueDate", nullValue()).body("ragStatus", equalTo("GREEN")).body("overdue", equalTo(false));
        given().auth().oauth2(Tokens.city()).queryParam("overdue", "false").queryParam("district", "120113")
                .queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.city()).queryParam("overdue", "true").queryParam("district", "120113")
                .queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void overdueFilterFindsRedTasks() {
        String id = create(Tokens.city(), task("120113", "逾期筛选任务"));
        given().auth().oauth2(Tokens.city()).queryParam("overdue", "false").queryParam("district", "120113")
                .queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.city()).queryParam("overdue", "true").queryParam("district", "120113")
                .queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        clock.advance(java.time.Duration.ofDays(12)); // past the first milestone (10 days), not the last (20)
        try {
            given().auth().oauth2(Tokens.city()).queryParam("overdue", "true").queryParam("district", "120113")
                    .queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                    .body("items.id", hasItem(id));
            given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).then()
                    .body("ragStatus", equalTo("RED")).body("overdue", equalTo(true));
        } finally {
            clock.reset();
        }
    }

    @Test
    void supervisionsAreRecordedForTasksInScope() {
        String id = create(Tokens.districtAdmin("120114"), task("120114", "武清区督导任务"));
        Map<String, Object> visit = Map.of("date", today().toString(), "supervisor", "市专班 孙组长",
                "findings", "台账不完整", "rating", "FAIR");
        given().auth().oauth2(Tokens.districtAdmin("120114")).contentType(ContentType.JSON).body(visit)
                .post("/api/v1/tasks/" + id + "/supervisions").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("taskId", equalTo(id))
                .body("rating", equalTo("FAIR"))
                .body("recordedBy", equalTo("admin-120114"));
        given().auth().oauth2(Tokens.districtAdmin("120115")).contentType(ContentType.JSON).body(visit)
                .post("/api/v1/tasks/" + id + "/supervisions").then().statusCode(404);
        given().auth().oauth2(Tokens.inspector("120114")).contentType(ContentType.JSON).body(visit)
                .post("/api/v1/tasks/" + id + "/supervisions").then().statusCode(403);
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(Map.of("date", today().plusDays(2).toString(), "supervisor", "", "rating", "EXCELLENT"))
                .post("/api/v1/tasks/" + id + "/supervisions").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(Map.of("date", today().plusDays(2).toString(), "supervisor", "市专班", "rating", "GOOD"))
                .post("/api/v1/tasks/" + id + "/supervisions").then().statusCode(400)
                .body("violations.field", hasItem("date"));
        given().auth().oauth2(Tokens.inspector("120114")).get("/api/v1/tasks/" + id + "/supervisions").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].supervisor", equalTo("市专班 孙组长"));
    }

    @Inject
    MilestoneOverdueScan overdueScan;

    @Test
    void aPassedMilestoneIsReportedOnceAsMilestoneOverdue() {
        Map<String, Object> body = task("120115", "宝坻区节点逾期任务");
        body.put("milestones", List.of(Map.of("title", "完成自查", "dueDate", today().plusDays(1).toString()),
                Map.of("title", "完成复查", "dueDate", today().plusDays(30).toString())));
        String id = create(Tokens.city(), body);
        String first = given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).jsonPath()
                .getString("milestones[0].id");
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        clock.advance(java.time.Duration.ofDays(3));
        try {
            overdueScan.scan();
            overdueScan.scan(); // a second scan reports nothing again
        } finally {
            clock.reset();
        }
        var record = kafka.awaitRecord("task-events", r -> KafkaEvents.is(r, EventType.MILESTONE_OVERDUE, id));
        var event = EventJson.read(record.value(), cn.gov.sed.contracts.events.MilestoneOverdue.class);
        assertEquals(first, event.milestoneId().toString());
        assertEquals("完成自查", event.title());
        assertEquals("120115", event.district());
        assertEquals(1, kafka.records("task-events", r -> KafkaEvents.is(r, EventType.MILESTONE_OVERDUE, id)).size());
    }

    @Inject
    RemindingOfMilestones reminders;

    @Test
    void aTimeNodeDueTomorrowIsRemindedOnceAndOthersNot() {
        Map<String, Object> body = task("120114", "武清区节点提醒任务");
        body.put("milestones", List.of(Map.of("title", "完成自查", "dueDate", today().plusDays(2).toString()),
                Map.of("title", "完成复查", "dueDate", today().plusDays(2).toString()),
                Map.of("title", "完成销号", "dueDate", today().plusDays(3).toString())));
        String id = create(Tokens.city(), body);
        var view = given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).jsonPath();
        String first = view.getString("milestones[0].id");
        String done = view.getString("milestones[1].id");
        given().auth().oauth2(Tokens.districtAdmin("120114"))
                .post("/api/v1/tasks/" + id + "/milestones/" + done + "/complete").then().statusCode(200);
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        clock.advance(java.time.Duration.ofDays(1)); // the day before the first two nodes
        try {
            reminders.remind();
            reminders.remind(); // a rerun (or the other replica) reminds nothing again
        } finally {
            clock.reset();
        }
        var record = kafka.awaitRecord("task-events", r -> KafkaEvents.is(r, EventType.MILESTONE_DUE_TOMORROW, id));
        var event = EventJson.read(record.value(), cn.gov.sed.contracts.events.MilestoneDueTomorrow.class);
        assertEquals(first, event.milestoneId().toString());
        assertEquals("完成自查", event.title());
        assertEquals(today().plusDays(2), event.dueDate());
        assertEquals("120114", event.district());
        assertEquals("MARKET_SUPERVISION", event.leadDepartment());
        assertEquals("赵科长", event.responsiblePerson());
        assertEquals("武清区节点提醒任务", event.taskTitle());
        // the completed node and the one due in two days are not reminded; the outbox publishes in order
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(2))
                .atMost(java.time.Duration.ofSeconds(10)).until(() -> kafka.records("task-events",
                        r -> KafkaEvents.is(r, EventType.MILESTONE_DUE_TOMORROW, id)).size() == 1);
    }

    @Test
    void workMaterialsAreArchivedWithTheTask() {
        String id = create(Tokens.districtAdmin("120116"), task("120116", "滨海新区归档任务"));
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String attachment = given().auth().oauth2(Tokens.inspector("120116"))
                .multiPart("file", "督导记录.pdf", pdf, "application/pdf")
                .post("/api/v1/tasks/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .body("sha256", equalTo(java.util.HexFormat.of().formatHex(sha256(pdf))))
                .extract().path("id");
        byte[] back = given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id + "/attachments/" + attachment)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals(java.util.Arrays.toString(pdf), java.util.Arrays.toString(back));

        given().auth().oauth2(Tokens.districtAdmin("120101")).get("/api/v1/tasks/" + id + "/attachments/" + attachment)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.districtAdmin("120116")).multiPart("file", "a.exe", new byte[]{0x4d, 0x5a, 1, 2},
                        "application/octet-stream")
                .post("/api/v1/tasks/" + id + "/attachments").then().statusCode(400)
                .body("violations.field", hasItem("file"));
        given().auth().oauth2(Tokens.districtAdmin("120116")).get("/api/v1/tasks/" + id + "/attachments/"
                + UUID.randomUUID()).then().statusCode(404);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
