package cn.gov.sed.task;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.time.MovableClock;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API.md "Limits, hostile input and other tenants (v1.1)" for task-service: careless or hostile bodies are refused
 * with a 400 naming the field before anything is stored or published, pages beyond the data are empty, and a
 * district never sees or changes another district's tasks. One method per case.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class TaskAttackTest {
    private static final int NAME = 200;
    private static final int TEXT = 4000;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MovableClock clock;

    LocalDate today() {
        return Zones.today(clock);
    }

    /** A valid task whose responsible person is a marker, so the task (or its absence) can be found by filter. */
    Map<String, Object> task(String district, String marker) {
        Map<String, Object> body = new HashMap<>();
        body.put("campaign", "特种设备安全专项整治三年行动");
        body.put("phase", "INVESTIGATION");
        body.put("district", district);
        body.put("title", "电梯专项排查");
        body.put("goal", "电梯隐患清零");
        body.put("measures", "逐台排查");
        body.put("leadDepartment", "MARKET_SUPERVISION");
        body.put("cooperatingDepartments", List.of("HOUSING"));
        body.put("responsiblePerson", marker);
        body.put("milestones", List.of(Map.of("title", "完成排查", "dueDate", today().plusDays(10).toString())));
        return body;
    }

    static String marker() {
        return "责任人-" + UUID.randomUUID();
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }

    static List<Map<String, Object>> milestones(int count, LocalDate due) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(Map.of("title", "节点" + i, "dueDate", due.toString()));
        }
        return list;
    }

    String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(201).extract().path("id");
    }

    /** How many tasks the city sees with this responsible person. */
    int tasksOf(String responsiblePerson) {
        return given().auth().oauth2(Tokens.city()).queryParam("responsiblePerson", responsiblePerson)
                .get("/api/v1/tasks").then().statusCode(200).extract().path("total");
    }

    /**
     * No TaskAssigned mentions {@code marker}. A task created afterwards is awaited first: once its event is on the
     * topic, an event of the refused request (had there been one) would be there before it.
     */
    void assertNothingPublishedMentioning(String marker) {
        String later = create(Tokens.city(), task("120101", marker()));
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        kafka.awaitRecord("task-events", r -> KafkaEvents.is(r, EventType.TASK_ASSIGNED, later));
        assertEquals(List.of(), kafka.records("task-events",
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker)));
    }

    @Test
    void aTwoMegabyteTitleIsRefusedAndNothingIsStoredOrPublished() {
        String marker = marker();
        Map<String, Object> body = task("120101", marker);
        body.put("title", marker + repeat("标", 1024 * 1024)); // 2 MB and more of UTF-8 (3 bytes a character)
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        assertEquals(0, tasksOf(marker));
        assertNothingPublishedMentioning(marker);
    }

    @Test
    void aTitleOneCharacterOverTheLimitIs400NamingTitle() {
        String marker = marker();
        Map<String, Object> body = task("120101", marker);
        body.put("title", repeat("题", NAME + 1));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", equalTo(List.of("title")));
        assertEquals(0, tasksOf(marker));

        body.put("title", repeat("题", NAME)); // exactly at the limit: accepted, kept whole
        String id = create(Tokens.city(), body);
        given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("title", equalTo(repeat("题", NAME)));
    }

    @Test
    void everyTextOverItsLimitIsNamedAndNothingIsPublished() {
        String marker = marker();
        Map<String, Object> body = task("120101", marker);
        body.put("campaign", repeat("c", NAME + 1));
        body.put("goal", marker + repeat("g", TEXT));
        body.put("measures", repeat("m", TEXT + 1));
        body.put("leadDepartment", repeat("L", NAME + 1));
        body.put("milestones", List.of(Map.of("title", repeat("节", NAME + 1), "dueDate",
                today().plusDays(3).toString())));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("campaign", "goal", "measures", "leadDepartment",
                        "milestones[0].title"));
        Map<String, Object> person = task("120101", marker);
        person.put("responsiblePerson", marker + repeat("人", NAME));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(person).post("/api/v1/tasks")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("responsiblePerson")));
        assertEquals(0, tasksOf(marker));
        assertNothingPublishedMentioning(marker);
    }

    @Test
    void fiftyOneMilestonesAre400AndFiftyAreAccepted() {
        String marker = marker();
        Map<String, Object> body = task("120102", marker);
        body.put("milestones", milestones(51, today().plusDays(5)));
        given().auth().oauth2(Tokens.districtAdmin("120102")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks").then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", equalTo(List.of("milestones")));
        assertEquals(0, tasksOf(marker));

        body.put("milestones", milestones(50, today().plusDays(5)));
        given().auth().oauth2(Tokens.districtAdmin("120102")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks").then().statusCode(201)
                .body("milestones", hasSize(50));
    }

    @Test
    void twentyThousandDepartmentsAre400WithOneViolation() {
        String marker = marker();
        Map<String, Object> body = task("120103", marker);
        body.put("cooperatingDepartments", Collections.nCopies(20_000, "HOUSING"));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("cooperatingDepartments")));
        body.put("cooperatingDepartments", Collections.nCopies(31, "HOUSING"));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("cooperatingDepartments")));
        assertEquals(0, tasksOf(marker));

        body.put("cooperatingDepartments", Collections.nCopies(30, "HOUSING"));
        create(Tokens.city(), body);
        assertEquals(1, tasksOf(marker));
    }

    @Test
    void aPatchOverTheLimitsChangesNothing() {
        String marker = marker();
        String id = create(Tokens.districtAdmin("120104"), task("120104", marker));
        Map<String, Object> patch = new HashMap<>();
        patch.put("title", repeat("t", NAME + 1));
        patch.put("goal", repeat("g", TEXT + 1));
        patch.put("measures", repeat("m", TEXT + 1));
        patch.put("responsiblePerson", repeat("p", NAME + 1));
        patch.put("cooperatingDepartments", Collections.nCopies(31, "EDUCATION"));
        given().auth().oauth2(Tokens.districtAdmin("120104")).contentType(ContentType.JSON).body(patch)
                .patch("/api/v1/tasks/" + id).then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("title", "goal", "measures", "responsiblePerson",
                        "cooperatingDepartments"));
        given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("version", equalTo(0))
                .body("title", equalTo("电梯专项排查"))
                .body("goal", equalTo("电梯隐患清零"))
                .body("responsiblePerson", equalTo(marker))
                .body("cooperatingDepartments", equalTo(List.of("HOUSING")));
    }

    @Test
    void supervisionsOverTheLimitsAre400AndRecordNothing() {
        String id = create(Tokens.city(), task("120105", marker()));
        Map<String, Object> visit = Map.of("date", today().toString(), "supervisor", repeat("督", NAME + 1),
                "findings", repeat("f", TEXT + 1), "rating", "FAIR");
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(visit)
                .post("/api/v1/tasks/" + id + "/supervisions").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("supervisor", "findings"));
        given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id + "/supervisions").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void meetingsOverTheLimitsAre400AndRecordNothing() {
        String admin = Tokens.districtAdmin("120106");
        String marker = "纪要-" + UUID.randomUUID();
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("kind", "SYMPOSIUM");
        meeting.put("date", today().toString());
        meeting.put("departments", Collections.nCopies(31, "HOUSING"));
        meeting.put("minutes", marker + repeat("m", TEXT));
        meeting.put("decisions", repeat("d", TEXT + 1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(meeting).post("/api/v1/meetings")
                .then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("departments", "minutes", "decisions"));
        meeting.put("departments", Collections.nCopies(20_000, "HOUSING"));
        meeting.put("minutes", marker);
        meeting.put("decisions", "决定");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(meeting).post("/api/v1/meetings")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("departments")));
        given().auth().oauth2(admin).queryParam("size", 200).get("/api/v1/meetings").then().statusCode(200)
                .body("items.minutes", not(hasItem(org.hamcrest.Matchers.startsWith(marker))));
    }

    @Test
    void aForeignDistrictsTaskIsNotFoundAndItsDistrictForbidden() {
        String marker = marker();
        String id = create(Tokens.city(), task("120111", marker));
        String milestone = given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).jsonPath()
                .getString("milestones[0].id");
        String stranger = Tokens.districtAdmin("120112");
        given().auth().oauth2(stranger).get("/api/v1/tasks/" + id).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        // authorization before preconditions: a stale If-Match does not tell an outsider that the task exists
        given().auth().oauth2(stranger).contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(Map.of("goal", "改别区的目标")).patch("/api/v1/tasks/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).header("If-Match", "\"99\"")
                .post("/api/v1/tasks/" + id + "/milestones/" + milestone + "/complete").then().statusCode(404);
        given().auth().oauth2(stranger).contentType(ContentType.JSON)
                .body(Map.of("date", today().toString(), "supervisor", "别区", "rating", "POOR"))
                .post("/api/v1/tasks/" + id + "/supervisions").then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/tasks/" + id + "/supervisions").then().statusCode(404);
        given().auth().oauth2(Tokens.inspector("120112"))
                .multiPart("file", "a.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/api/v1/tasks/" + id + "/attachments").then().statusCode(404);
        given().auth().oauth2(stranger).queryParam("district", "120111").get("/api/v1/tasks").then()
                .statusCode(403).body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(task("120111", marker()))
                .post("/api/v1/tasks").then().statusCode(403);
        given().auth().oauth2(stranger).queryParam("responsiblePerson", marker).get("/api/v1/tasks").then()
                .statusCode(200).body("total", equalTo(0));

        // and nothing of the attempts changed it
        given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("version", equalTo(0))
                .body("status", equalTo("NOT_STARTED"))
                .body("goal", equalTo("电梯隐患清零"));
        given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id + "/supervisions").then()
                .body("total", equalTo(0));
    }

    @Test
    void aCityWideTaskIsSeenButNotChangedByADistrictEvenWithAStaleIfMatch() {
        String id = create(Tokens.city(), task(null, marker()));
        given().auth().oauth2(Tokens.districtAdmin("120113")).get("/api/v1/tasks/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.districtAdmin("120113")).contentType(ContentType.JSON)
                .header("If-Match", "\"99\"").body(Map.of("status", "IN_PROGRESS"))
                .patch("/api/v1/tasks/" + id).then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + id).then().body("version", equalTo(0));
    }

    @Test
    void pagesBeyondTheDataAreEmpty() {
        create(Tokens.city(), task("120110", marker()));
        for (String path : List.of("/api/v1/tasks", "/api/v1/meetings")) {
            JsonPath page = given().auth().oauth2(Tokens.city()).queryParam("page", Integer.MAX_VALUE)
                    .queryParam("size", 200).get(path).then().statusCode(200)
                    .body("items", empty())
                    .body("page", equalTo(Integer.MAX_VALUE))
                    .body("size", equalTo(200))
                    .extract().jsonPath();
            assertTrue(page.getLong("total") >= 0, path);
        }
        String id = create(Tokens.districtAdmin("120110"), task("120110", marker()));
        given().auth().oauth2(Tokens.districtAdmin("120110")).queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 200).get("/api/v1/tasks/" + id + "/supervisions").then().statusCode(200)
                .body("items", empty());
        given().auth().oauth2(Tokens.districtAdmin("120110")).queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 200).queryParam("overdue", "true").get("/api/v1/tasks").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void pagingValuesOutsideAnIntAre400() {
        given().auth().oauth2(Tokens.city()).queryParam("page", "2147483648").get("/api/v1/tasks").then()
                .statusCode(400).body("violations.field", hasItem("page"));
        given().auth().oauth2(Tokens.city()).queryParam("page", "-1").get("/api/v1/meetings").then()
                .statusCode(400).body("violations.field", hasItem("page"));
        given().auth().oauth2(Tokens.city()).queryParam("size", "201").get("/api/v1/meetings").then()
                .statusCode(400).body("violations.field", hasItem("size"));
    }

    @Test
    void theSpecDocumentsEveryLimit() {
        JsonPath spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String task = "components.schemas.TaskRequest.properties.";
        assertEquals(NAME, spec.getInt(task + "title.maxLength"));
        assertEquals(NAME, spec.getInt(task + "campaign.maxLength"));
        assertEquals(NAME, spec.getInt(task + "responsiblePerson.maxLength"));
        assertEquals(TEXT, spec.getInt(task + "goal.maxLength"));
        assertEquals(TEXT, spec.getInt(task + "measures.maxLength"));
        assertEquals(50, spec.getInt(task + "milestones.maxItems"));
        assertEquals(30, spec.getInt(task + "cooperatingDepartments.maxItems"));
        assertEquals(NAME, spec.getInt("components.schemas.MilestoneRequest.properties.title.maxLength"));
        String patch = "components.schemas.TaskPatch.properties.";
        assertEquals(NAME, spec.getInt(patch + "title.maxLength"));
        assertEquals(TEXT, spec.getInt(patch + "goal.maxLength"));
        assertEquals(30, spec.getInt(patch + "cooperatingDepartments.maxItems"));
        assertEquals(NAME, spec.getInt("components.schemas.SupervisionRequest.properties.supervisor.maxLength"));
        assertEquals(TEXT, spec.getInt("components.schemas.SupervisionRequest.properties.findings.maxLength"));
        String meeting = "components.schemas.MeetingRequest.properties.";
        assertEquals(TEXT, spec.getInt(meeting + "minutes.maxLength"));
        assertEquals(TEXT, spec.getInt(meeting + "decisions.maxLength"));
        assertEquals(30, spec.getInt(meeting + "departments.maxItems"));
    }
}
