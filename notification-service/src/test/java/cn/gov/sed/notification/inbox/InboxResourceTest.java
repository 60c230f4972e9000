package cn.gov.sed.notification.inbox;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.InspectionCompleted;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.OverdueLevel;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events in, notifications in the right inboxes (and only there), read state per user. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class InboxResourceTest {
    private static final String HEPING = "120101";
    private static final String BINHAI = "120116";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    KafkaEvents kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaEvents(bootstrapServers);
    }

    /** A credit code of its own for each test, so tests never see each other's unit notifications. */
    static String newUscc() {
        return "9112" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    static HazardRegistered registered(String uscc, String district, String department) {
        return new HazardRegistered(district, UUID.randomUUID(), Severity.MAJOR, HazardStatus.LISTED, uscc,
                "津门电梯有限公司", "3110", HazardType.EQUIPMENT_CONDITION, LocalDate.parse("2026-12-12"),
                department == null ? HazardSource.INSPECTION : HazardSource.DEPARTMENT_REPORT, department);
    }

    static JsonPath inbox(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).queryParam("size", 200)
                .get("/api/v1/notifications/inbox").then().statusCode(200).extract().jsonPath();
    }

    /** The caller's notifications about {@code subject}. */
    static List<Map<String, Object>> about(String token, Object subject) {
        return inbox(token, Map.of()).<Map<String, Object>>getList("items").stream()
                .filter(n -> subject.toString().equals(n.get("subject"))).toList();
    }

    static List<Map<String, Object>> awaitAbout(String token, Object subject) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !about(token, subject).isEmpty());
        return about(token, subject);
    }

    @Test
    void aRegisteredHazardReachesTheUnitTheBureauAndTheDepartmentAndNobodyElse() {
        String unitA = newUscc();
        String unitB = newUscc();
        HazardRegistered event = registered(unitA, HEPING, "HOUSING");
        kafka.send(event);

        Map<String, Object> n = awaitAbout(Tokens.unit(unitA), event.hazardId()).get(0);
        assertEquals("HazardRegistered", n.get("type"));
        assertEquals("新登记重大隐患", n.get("title"));
        assertTrue(n.get("body").toString().contains("津门电梯有限公司"));
        assertEquals(null, n.get("readAt"));
        assertTrue(n.get("createdAt").toString().endsWith("+08:00"));

        assertEquals(1, about(Tokens.districtAdmin(HEPING), event.hazardId()).size());
        assertEquals(1, about(Tokens.department("HOUSING", null), event.hazardId()).size());
        assertEquals(1, about(Tokens.department("HOUSING", HEPING), event.hazardId()).size());

        assertEquals(0, about(Tokens.unit(unitB), event.hazardId()).size());
        assertEquals(0, about(Tokens.districtAdmin(BINHAI), event.hazardId()).size());
        assertEquals(0, about(Tokens.inspector(HEPING), event.hazardId()).size());
        assertEquals(0, about(Tokens.department("EDUCATION", HEPING), event.hazardId()).size());
        assertEquals(0, about(Tokens.city(), event.hazardId()).size());
        // a district claim alone does not make a unit user a district bureau
        assertEquals(0, about(Tokens.of("unit-x", "unit", HEPING, unitB, null), event.hazardId()).size());
    }

    @Test
    void theSameEventTwiceMakesOneNotificationPerRecipient() {
        String unit = newUscc();
        HazardRegistered event = registered(unit, BINHAI, null);
        String ceId = UUID.randomUUID().toString();
        kafka.send(event, ceId, "2026-11-27T10:00:00+08:00");
        kafka.send(event, ceId, "2026-11-27T10:00:00+08:00");
        // a later event of the same hazard shows the ones before it were handled
        kafka.send(new RectificationPlanned(BINHAI, event.hazardId(), "李明", LocalDate.parse("2026-12-30"), unit));
        await().atMost(Duration.ofSeconds(30)).until(() -> about(Tokens.unit(unit), event.hazardId()).size() == 2);
        List<Map<String, Object>> notes = about(Tokens.unit(unit), event.hazardId());
        assertEquals(1, notes.stream().filter(n -> n.get("type").equals("HazardRegistered")).count());
        assertEquals(1, notes.stream().filter(n -> n.get("type").equals("RectificationPlanned")).count());
        assertEquals(1, about(Tokens.districtAdmin(BINHAI), event.hazardId()).stream()
                .filter(n -> n.get("type").equals("HazardRegistered")).count());
        // the plan goes to the district's inspectors, not to its administrators
        assertEquals(1, about(Tokens.inspector(BINHAI), event.hazardId()).size());
        assertEquals("RectificationPlanned", notes.get(0).get("type"), "newest first");
    }

    @Test
    void readStateIsPerUser() {
        HazardRegistered event = registered(newUscc(), "120102", null);
        kafka.send(event);
        String first = Tokens.districtAdmin("120102");
        String colleague = Tokens.of("colleague-" + UUID.randomUUID(), "district-admin", "120102", null, null);
        String id = awaitAbout(first, event.hazardId()).get(0).get("id").toString();

        given().auth().oauth2(first).post("/api/v1/notifications/" + id + "/read").then().statusCode(200)
                .body("id", equalTo(id))
                .body("readAt", notNullValue());
        String readAt = given().auth().oauth2(first).post("/api/v1/notifications/" + id + "/read").then()
                .statusCode(200).extract().path("readAt");
        assertEquals(readAt, about(first, event.hazardId()).get(0).get("readAt"), "the first read counts");

        assertEquals(null, about(colleague, event.hazardId()).get(0).get("readAt"));
        assertTrue(inbox(first, Map.of("unreadOnly", "true")).<String>getList("items.id").stream()
                .noneMatch(id::equals));
        assertTrue(inbox(colleague, Map.of("unreadOnly", "true")).<String>getList("items.id").contains(id));
        assertTrue(inbox(first, Map.of("unreadOnly", "false")).<String>getList("items.id").contains(id));
    }

    @Test
    void onlyTheInboxOwnerCanReadANotification() {
        String unit = newUscc();
        HazardRegistered event = registered(unit, "120103", null);
        kafka.send(event);
        String id = awaitAbout(Tokens.unit(unit), event.hazardId()).get(0).get("id").toString();

        given().auth().oauth2(Tokens.unit(newUscc())).post("/api/v1/notifications/" + id + "/read").then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        given().auth().oauth2(Tokens.districtAdmin(BINHAI)).post("/api/v1/notifications/" + id + "/read").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.unit(unit)).post("/api/v1/notifications/not-a-uuid/read").then()
                .statusCode(404);
        given().post("/api/v1/notifications/" + id + "/read").then().statusCode(401);
        // nothing was marked read by the refused attempts
        assertEquals(null, about(Tokens.unit(unit), event.hazardId()).get(0).get("readAt"));
    }

    @Test
    void theInboxNeedsAValidTokenAndValidQuery() {
        given().get("/api/v1/notifications/inbox").then().statusCode(401);
        given().auth().oauth2(Tokens.expired(HEPING)).get("/api/v1/notifications/inbox").then().statusCode(401);
        given().auth().oauth2(Tokens.wrongIssuer(HEPING)).get("/api/v1/notifications/inbox").then().statusCode(401);
        given().auth().oauth2(Tokens.signedByAnotherKey(HEPING)).get("/api/v1/notifications/inbox").then()
                .statusCode(401);
        given().auth().oauth2(Tokens.algNone()).get("/api/v1/notifications/inbox").then().statusCode(401);

        given().auth().oauth2(Tokens.city()).queryParam("size", 500).get("/api/v1/notifications/inbox").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("size"));
        given().auth().oauth2(Tokens.city()).queryParam("unreadOnly", "maybe").get("/api/v1/notifications/inbox")
                .then().statusCode(400).body("violations.field", hasItem("unreadOnly"));
        given().auth().oauth2(Tokens.city()).queryParam("sort", "body,asc").get("/api/v1/notifications/inbox")
                .then().statusCode(400).body("violations.field", hasItem("sort"));
        given().auth().oauth2(Tokens.city()).queryParam("page", 0).queryParam("size", 1)
                .get("/api/v1/notifications/inbox").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1)).body("total", notNullValue());
    }

    @Test
    void overdueHazardsClimbFromTheUnitToTheBureauToTheCity() {
        String unit = newUscc();
        UUID hazard = UUID.randomUUID();
        LocalDate deadline = LocalDate.parse("2026-11-20");
        kafka.send(new HazardOverdue("120104", hazard, OverdueLevel.DAY_0, deadline, unit, Severity.MAJOR));
        kafka.send(new HazardOverdue("120104", hazard, OverdueLevel.DAY_3, deadline, unit, Severity.MAJOR));
        kafka.send(new HazardOverdue("120104", hazard, OverdueLevel.DAY_7, deadline, unit, Severity.MAJOR));

        assertEquals("隐患整改逾期7天", awaitAbout(Tokens.city(), hazard).get(0).get("title"));
        assertEquals(1, about(Tokens.unit(unit), hazard).size());
        assertEquals("隐患整改到期未整改", about(Tokens.unit(unit), hazard).get(0).get("title"));
        assertEquals(1, about(Tokens.districtAdmin("120104"), hazard).size());
        assertEquals(1, about(Tokens.city(), hazard).size());
    }

    @Test
    void inspectionAndTaskEventsReachTheBureauTheUnitAndTheCity() {
        String unit = newUscc();
        UUID unitId = UUID.randomUUID();
        UUID inspection = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-27T10:00:00+08:00");
        kafka.send(new InspectionCompleted("120105", inspection, unitId, unit, InspectionMethod.FOUR_NO_TWO_DIRECT,
                at, 3));
        kafka.send(new EnforcementActionTaken("120105", UUID.randomUUID(), unitId, unit, "津门电梯有限公司",
                EnforcementType.EXPOSURE, "拒不整改", "特种设备安全法", null, "津市监〔2026〕9号", List.of(), at));
        UUID cityTask = UUID.randomUUID();
        kafka.send(new TaskAssigned(null, cityTask, "全市电梯专项整治", "赵科长", "MARKET_SUPERVISION",
                LocalDate.parse("2026-12-31")));

        assertEquals("检查已完成", awaitAbout(Tokens.districtAdmin("120105"), inspection).get(0).get("title"));
        assertEquals(0, about(Tokens.unit(unit), inspection).size());
        assertEquals("执法措施：曝光", awaitAbout(Tokens.unit(unit), unitId).get(0).get("title"));
        assertEquals(1, about(Tokens.districtAdmin("120105"), unitId).size());
        assertEquals("新任务：全市电梯专项整治", awaitAbout(Tokens.city(), cityTask).get(0).get("title"));
        assertEquals(0, about(Tokens.districtAdmin("120105"), cityTask).size());
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicsAndTheNextOneIsHandled() {
        String badKey = "poison-" + UUID.randomUUID();
        kafka.sendRaw("inspection-events", badKey, UUID.randomUUID().toString(),
                "sed.InspectionCompleted.v1", null, "[1,2".getBytes(StandardCharsets.UTF_8));
        String wrongTopicKey = "wrong-topic-" + UUID.randomUUID();
        kafka.sendRaw("task-events", wrongTopicKey, UUID.randomUUID().toString(),
                "sed.HazardRegistered.v1", null, "{}".getBytes(StandardCharsets.UTF_8));
        String unknownKey = "unknown-" + UUID.randomUUID();
        kafka.sendRaw("hazard-events", unknownKey, UUID.randomUUID().toString(), "sed.Nonsense.v1", null,
                "{}".getBytes(StandardCharsets.UTF_8));

        String unit = newUscc();
        UUID unitId = UUID.randomUUID();
        UUID inspection = UUID.randomUUID();
        kafka.send(new InspectionCompleted("120106", inspection, unitId, unit, InspectionMethod.COVERT,
                OffsetDateTime.parse("2026-11-27T10:00:00+08:00"), 0));
        awaitAbout(Tokens.districtAdmin("120106"), inspection);

        kafka.awaitRecord("inspection-events.dlq", r -> badKey.equals(r.key()));
        kafka.awaitRecord("task-events.dlq", r -> wrongTopicKey.equals(r.key()));
        kafka.awaitRecord("hazard-events.dlq", r -> unknownKey.equals(r.key()));
        assertTrue(KafkaEvents.header(kafka.awaitRecord("inspection-events.dlq", r -> badKey.equals(r.key())),
                "dead-letter-reason") != null);
    }
}
