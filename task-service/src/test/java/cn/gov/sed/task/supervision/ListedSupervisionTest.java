package cn.gov.sed.task.supervision;

import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.events.TaskCompleted;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The event loop of listed supervision (挂牌督办): hazard-events in, tasks and task-events out. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ListedSupervisionTest {
    private static final String DISTRICT = "120102";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    KafkaEvents kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaEvents(bootstrapServers);
    }

    static HazardRegistered hazard(UUID id, Severity severity, String unitName, LocalDate deadline) {
        return new HazardRegistered(DISTRICT, id, severity, HazardStatus.LISTED, "91120101MA05K3XQ1F", unitName,
                "3110", HazardType.EQUIPMENT_CONDITION, deadline, HazardSource.INSPECTION, null);
    }

    /** The page of tasks of one hazard, as the city sees it. */
    static JsonPath tasksOf(UUID hazardId) {
        return given().auth().oauth2(Tokens.city()).queryParam("hazardId", hazardId.toString())
                .get("/api/v1/tasks").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitTaskOf(UUID hazardId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> tasksOf(hazardId).getInt("total") == 1);
        return tasksOf(hazardId);
    }

    @Test
    void aMajorHazardOpensAListedSupervisionTaskAndPublishesTaskAssigned() {
        UUID hazardId = UUID.randomUUID();
        kafka.send(hazard(hazardId, Severity.MAJOR, "津门电梯有限公司", null), UUID.randomUUID().toString(),
                "2026-11-20T20:00:00Z"); // 2026-11-21 04:00 in Shanghai: registered on the 21st

        JsonPath task = awaitTaskOf(hazardId);
        assertEquals("挂牌督办：津门电梯有限公司 重大隐患", task.getString("items[0].title"));
        assertEquals("CONCENTRATED_TACKLING", task.getString("items[0].phase"));
        assertEquals(DISTRICT, task.getString("items[0].district"));
        assertEquals("IN_PROGRESS", task.getString("items[0].status"));
        assertEquals("2026-12-06", task.getString("items[0].dueDate"));
        assertEquals(null, task.getString("items[0].responsiblePerson"));
        String taskId = task.getString("items[0].id");

        var published = kafka.awaitRecord("task-events", r -> KafkaEvents.is(r, EventType.TASK_ASSIGNED, taskId));
        TaskAssigned assigned = EventJson.read(published.value(), TaskAssigned.class);
        assertEquals("挂牌督办：津门电梯有限公司 重大隐患", assigned.title());
        assertEquals(LocalDate.parse("2026-12-06"), assigned.dueDate());
        assertEquals(DISTRICT, assigned.district());
        assertEquals(taskId, KafkaEvents.header(published, "ce_subject"));
    }

    @Test
    void theDeadlineOfTheEventIsTheDueDateWhenItIsThere() {
        UUID hazardId = UUID.randomUUID();
        kafka.send(hazard(hazardId, Severity.MAJOR, "滨海锅炉厂", LocalDate.parse("2026-12-20")));
        assertEquals("2026-12-20", awaitTaskOf(hazardId).getString("items[0].dueDate"));
    }

    @Test
    void aGeneralHazardOpensNoTask() {
        UUID general = UUID.randomUUID();
        UUID major = UUID.randomUUID();
        kafka.send(hazard(general, Severity.GENERAL, "一般隐患单位", null));
        // under the general hazard's key, so it is handled after the general one
        kafka.sendWithKey(hazard(major, Severity.MAJOR, "重大隐患单位", null), general.toString());
        awaitTaskOf(major);
        assertEquals(0, tasksOf(general).getInt("total"));
    }

    @Test
    void theSameEventTwiceAndAReplayUnderANewCeIdMakeOneTask() {
        UUID hazardId = UUID.randomUUID();
        HazardRegistered event = hazard(hazardId, Severity.MAJOR, "重复投递单位", null);
        String ceId = UUID.randomUUID().toString();
        kafka.send(event, ceId, "2026-11-20T10:00:00+08:00");
        kafka.send(event, ceId, "2026-11-20T10:00:00+08:00");
        kafka.send(event); // the same hazard under another ce_id
        // a later event of the same hazard shows that the ones before it were handled
        kafka.send(new RectificationPlanned(DISTRICT, hazardId, "张工", LocalDate.parse("2026-12-31"), null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "2026-12-31".equals(tasksOf(hazardId).getString("items[0].dueDate")));
        assertEquals(1, tasksOf(hazardId).getInt("total"));
        String taskId = tasksOf(hazardId).getString("items[0].id");
        assertEquals(1, kafka.records("task-events", r -> KafkaEvents.is(r, EventType.TASK_ASSIGNED, taskId)).size());
    }

    @Test
    void thePlanMovesTheDueDateAndNamesTheResponsiblePerson() {
        UUID hazardId = UUID.randomUUID();
        kafka.send(hazard(hazardId, Severity.MAJOR, "整改计划单位", null));
        String taskId = awaitTaskOf(hazardId).getString("items[0].id");

        kafka.send(new RectificationPlanned(DISTRICT, hazardId, "李明", LocalDate.parse("2027-01-15"),
                "91120101MA05K3XQ1F"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "李明".equals(
                given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + taskId).jsonPath()
                        .getString("responsiblePerson")));
        given().auth().oauth2(Tokens.districtAdmin(DISTRICT)).get("/api/v1/tasks/" + taskId).then().statusCode(200)
                .body("dueDate", equalTo("2027-01-15"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("hazardId", equalTo(hazardId.toString()));
    }

    @Test
    void aPassedReInspectionClosesTheTaskAndPublishesTaskCompleted() {
        UUID hazardId = UUID.randomUUID();
        kafka.send(hazard(hazardId, Severity.MAJOR, "销号单位", null));
        String taskId = awaitTaskOf(hazardId).getString("items[0].id");

        RectificationVerified verified = new RectificationVerified(DISTRICT, hazardId,
                OffsetDateTime.parse("2026-11-27T15:30:00+08:00"), "王检", "91120101MA05K3XQ1F", Severity.MAJOR);
        String ceId = kafka.send(verified);
        kafka.send(verified, ceId, "2026-11-27T15:30:00+08:00"); // redelivered
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(
                given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + taskId).jsonPath().getString("status")));
        given().auth().oauth2(Tokens.city()).get("/api/v1/tasks/" + taskId).then()
                .body("completedAt", equalTo("2026-11-27T15:30:00+08:00"))
                .body("ragStatus", equalTo("GREEN"))
                .body("overdue", equalTo(false));

        var published = kafka.awaitRecord("task-events", r -> KafkaEvents.is(r, EventType.TASK_COMPLETED, taskId));
        assertEquals(OffsetDateTime.parse("2026-11-27T15:30:00+08:00").toInstant(),
                EventJson.read(published.value(), TaskCompleted.class).completedAt().toInstant());
        assertEquals(1, kafka.records("task-events", r -> KafkaEvents.is(r, EventType.TASK_COMPLETED, taskId)).size());
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextOneIsHandled() {
        String badJsonKey = "poison-" + UUID.randomUUID();
        kafka.sendRaw("hazard-events", badJsonKey, UUID.randomUUID().toString(), EventType.HAZARD_REGISTERED.ceType(),
                null, "{not json".getBytes(StandardCharsets.UTF_8));
        String unknownTypeKey = "unknown-" + UUID.randomUUID();
        kafka.sendRaw("hazard-events", unknownTypeKey, UUID.randomUUID().toString(), "sed.SomethingElse.v1",
                null, "{}".getBytes(StandardCharsets.UTF_8));
        String missingFieldKey = "missing-" + UUID.randomUUID();
        kafka.sendRaw("hazard-events", missingFieldKey, UUID.randomUUID().toString(),
                EventType.HAZARD_REGISTERED.ceType(), null, "{\"district\":\"120102\"}".getBytes(StandardCharsets.UTF_8));

        UUID hazardId = UUID.randomUUID();
        kafka.send(hazard(hazardId, Severity.MAJOR, "毒消息之后的单位", null));
        awaitTaskOf(hazardId);

        kafka.awaitRecord("hazard-events.dlq", r -> badJsonKey.equals(r.key()));
        kafka.awaitRecord("hazard-events.dlq", r -> unknownTypeKey.equals(r.key()));
        kafka.awaitRecord("hazard-events.dlq", r -> missingFieldKey.equals(r.key()));
    }

    @Test
    void taskViewCarriesTheListedSupervisionFields() {
        UUID hazardId = UUID.randomUUID();
        kafka.send(hazard(hazardId, Severity.MAJOR, "视图单位", null));
        String taskId = awaitTaskOf(hazardId).getString("items[0].id");
        given().auth().oauth2(Tokens.inspector(DISTRICT)).get("/api/v1/tasks/" + taskId).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("campaign", equalTo("特种设备安全专项整治三年行动"))
                .body("leadDepartment", equalTo("MARKET_SUPERVISION"))
                .body("completedAt", nullValue())
                .body("milestones.size()", equalTo(0));
    }
}
