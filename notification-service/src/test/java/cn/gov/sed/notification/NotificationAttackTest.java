package cn.gov.sed.notification;

import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * API.md "Limits, hostile input and other tenants (v1.1)" for notification-service, webhooks aside: a department
 * reads only its district's matters, the author of a publication never approves it, texts and lists have limits,
 * pages beyond the data are empty. One method per case.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class NotificationAttackTest {
    private static final String HEPING = "120101";
    private static final String BINHAI = "120116";
    private static final int NAME = 200;
    private static final int TEXT = 4000;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager em;

    static HazardRegistered reportedBy(String department, String district) {
        return new HazardRegistered(district, UUID.randomUUID(), Severity.GENERAL, HazardStatus.LISTED,
                "9112" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(),
                "和平物业公司", "3110", HazardType.EQUIPMENT_CONDITION, LocalDate.parse("2026-12-15"),
                HazardSource.DEPARTMENT_REPORT, department);
    }

    /** The caller's notifications about {@code subject}. */
    static List<Map<String, Object>> about(String token, Object subject) {
        return given().auth().oauth2(token).queryParam("size", 200).get("/api/v1/notifications/inbox").then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(n -> subject.toString().equals(n.get("subject"))).toList();
    }

    static List<Map<String, Object>> awaitAbout(String token, Object subject) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !about(token, subject).isEmpty());
        return about(token, subject);
    }

    static Map<String, Object> draft(String title, String body, List<String> channels) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("type", "WORK_UPDATE");
        draft.put("title", title);
        draft.put("body", body);
        draft.put("channels", channels);
        return draft;
    }

    String draftPublication(String token, String title) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(draft(title, "全区电梯隐患排查进展", List.of("WEBSITE"))).post("/api/v1/publications").then()
                .statusCode(201).extract().path("id");
    }

    // --- departments: code and district ------------------------------------------------------------------------

    @Test
    void aDepartmentOfAnotherDistrictDoesNotSeeTheNotificationOfAnEventInThisOne() {
        HazardRegistered event = reportedBy("HOUSING", HEPING);
        new KafkaEvents(bootstrapServers).send(event);

        Map<String, Object> mine = awaitAbout(Tokens.department("HOUSING", HEPING), event.hazardId()).get(0);
        assertEquals("DEPARTMENT", mine.get("recipientType"));
        assertEquals(HEPING, mine.get("district"));
        assertEquals(1, about(Tokens.department("HOUSING", null), event.hazardId()).size(), "a city-level department");
        assertEquals(0, about(Tokens.department("HOUSING", BINHAI), event.hazardId()).size());
        // nor can it mark it read: it is not in its inbox (404, never revealing it exists)
        given().auth().oauth2(Tokens.department("HOUSING", BINHAI))
                .post("/api/v1/notifications/" + mine.get("id") + "/read").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        assertEquals(null, about(Tokens.department("HOUSING", HEPING), event.hazardId()).get(0).get("readAt"));
    }

    @Test
    void aRemovalReachesTheReportingDepartmentOfItsDistrictOnly() {
        HazardRemoved removed = new HazardRemoved(BINHAI, UUID.randomUUID(), "属于普通建筑设施", "EDUCATION");
        new KafkaEvents(bootstrapServers).send(removed);
        awaitAbout(Tokens.department("EDUCATION", BINHAI), removed.hazardId());
        assertEquals(0, about(Tokens.department("EDUCATION", HEPING), removed.hazardId()).size());
        assertEquals(1, about(Tokens.districtAdmin(BINHAI), removed.hazardId()).size());
    }

    @Test
    void aDepartmentTokenWithoutADepartmentClaimSeesNoDepartmentAddressedData() {
        HazardRegistered event = reportedBy("TRANSPORT", HEPING);
        new KafkaEvents(bootstrapServers).send(event);
        awaitAbout(Tokens.department("TRANSPORT", HEPING), event.hazardId());

        assertEquals(0, about(Tokens.of("no-claim-" + UUID.randomUUID(), "department", HEPING, null, null),
                event.hazardId()).size());
        assertEquals(0, about(Tokens.of("no-claim-" + UUID.randomUUID(), "department", null, null, null),
                event.hazardId()).size());
        // a department claim on a token of another role does not make it a department
        assertEquals(0, about(Tokens.of("claim-only-" + UUID.randomUUID(), "inspector", HEPING, null, "TRANSPORT"),
                event.hazardId()).size());
    }

    @Test
    void departmentNotificationsStoredBeforeV11GetTheirEventsDistrict() throws IOException {
        // two rows as the service wrote them before v1.1: the department's without a district, the bureau's with it
        UUID hazard = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            insert(eventId, hazard, "DEPARTMENT", "CULTURE_TOURISM", null, "DEPARTMENT:CULTURE_TOURISM");
            insert(eventId, hazard, "ROLE", "district-admin", HEPING, "ROLE:district-admin@" + HEPING);
        });
        String migration;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("db/migration/V5__department_notifications_by_district.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(migration).executeUpdate());

        assertEquals(1, about(Tokens.department("CULTURE_TOURISM", HEPING), hazard).size());
        assertEquals(0, about(Tokens.department("CULTURE_TOURISM", BINHAI), hazard).size());
        assertEquals(1, about(Tokens.department("CULTURE_TOURISM", null), hazard).size());
        String key = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT recipient_key FROM notification WHERE event_id = ?1 AND recipient_type = 'DEPARTMENT'")
                .setParameter(1, eventId).getSingleResult());
        assertEquals("DEPARTMENT:CULTURE_TOURISM@" + HEPING, key, "a replay of the event finds its notification");
    }

    private void insert(String eventId, UUID subject, String type, String recipient, String district, String key) {
        em.createNativeQuery("INSERT INTO notification (id, event_id, type, subject, recipient_type, recipient,"
                        + " district, recipient_key, title, body, created_at)"
                        + " VALUES (?1, ?2, 'HazardRegistered', ?3, ?4, ?5, ?6, ?7, '新登记一般隐患', '旧通知', ?8)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, eventId).setParameter(3, subject.toString())
                .setParameter(4, type).setParameter(5, recipient).setParameter(6, district).setParameter(7, key)
                .setParameter(8, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    // --- publicity: four eyes ----------------------------------------------------------------------------------

    @Test
    void theAuthorOfAPublicationCannotApproveItAnotherReviewerCan() {
        String author = Tokens.of("author-" + UUID.randomUUID(), "district-admin", "120117", null, null);
        String colleagueSub = "reviewer-" + UUID.randomUUID();
        String colleague = Tokens.of(colleagueSub, "district-admin", "120117", null, null);
        String id = draftPublication(author, "本区电梯安全工作动态");
        given().auth().oauth2(author).post("/api/v1/publications/" + id + "/submit").then().statusCode(200);

        given().auth().oauth2(author).post("/api/v1/publications/" + id + "/approve").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
        // authorization before preconditions: a stale If-Match still gets 403
        given().auth().oauth2(author).header("If-Match", "\"0\"").post("/api/v1/publications/" + id + "/approve")
                .then().statusCode(403);
        given().auth().oauth2(author).get("/api/v1/publications/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING_REVIEW"))
                .body("approvedBy", nullValue())
                .body("version", equalTo(1));

        given().auth().oauth2(colleague).post("/api/v1/publications/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(colleagueSub));
        given().auth().oauth2(author).post("/api/v1/publications/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void theCityDoesNotApproveItsOwnPublicationEither() {
        String id = draftPublication(Tokens.city(), "全市特种设备安全提示");
        given().auth().oauth2(Tokens.city()).post("/api/v1/publications/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(Tokens.city()).post("/api/v1/publications/" + id + "/approve").then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(Tokens.of("city-reviewer", "city", null, null, null))
                .post("/api/v1/publications/" + id + "/approve").then().statusCode(200)
                .body("approvedBy", equalTo("city-reviewer"));
    }

    @Test
    void anotherDistrictCannotApproveAndLearnsNothingEvenWithAStaleIfMatch() {
        String author = Tokens.of("author-" + UUID.randomUUID(), "district-admin", "120117", null, null);
        String id = draftPublication(author, "他区不可审核");
        given().auth().oauth2(author).post("/api/v1/publications/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(Tokens.districtAdmin("120118")).header("If-Match", "\"0\"")
                .post("/api/v1/publications/" + id + "/approve").then().statusCode(404);
        given().auth().oauth2(author).get("/api/v1/publications/" + id).then().body("status", equalTo("PENDING_REVIEW"));
    }

    // --- text and list limits ----------------------------------------------------------------------------------

    @Test
    void publicationsOverTheLimitsAre400NamingTheFieldAndStoreNothing() {
        String admin = Tokens.of("limits-" + UUID.randomUUID(), "district-admin", "120119", null, null);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(draft("题".repeat(NAME + 1), "正".repeat(TEXT + 1),
                        List.of("WECHAT", "WEIBO", "DOUYIN", "WEBSITE", "WECHAT")))
                .post("/api/v1/publications").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("title", "body", "channels"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(draft("标题", "正文", Collections.nCopies(20_000, "WECHAT")))
                .post("/api/v1/publications").then().statusCode(400)
                .body("violations.field", equalTo(List.of("channels")));
        Map<String, Object> longDistrict = draft("标题", "正文", List.of("WEBSITE"));
        longDistrict.put("district", "1".repeat(NAME + 1));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(longDistrict)
                .post("/api/v1/publications").then().statusCode(400)
                .body("violations.field", equalTo(List.of("district")));
        given().auth().oauth2(admin).get("/api/v1/publications").then().statusCode(200)
                .body("total", equalTo(0));

        // at the limits: accepted and kept whole
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(draft("题".repeat(NAME), "正".repeat(TEXT), List.of("WECHAT", "WEIBO", "DOUYIN", "WEBSITE")))
                .post("/api/v1/publications").then().statusCode(201)
                .body("title", equalTo("题".repeat(NAME)))
                .body("body", equalTo("正".repeat(TEXT)))
                .body("channels", equalTo(List.of("WECHAT", "WEIBO", "DOUYIN", "WEBSITE")));
    }

    @Test
    void outreachActivitiesOverTheLimitsAre400NamingTheFieldAndRecordNothing() {
        String admin = Tokens.districtAdmin("120118");
        Map<String, Object> activity = new HashMap<>();
        activity.put("campaign", "SAFETY_MONTH");
        activity.put("target", "COMMUNITY");
        activity.put("date", "2026-06-16");
        activity.put("participants", 80);
        activity.put("description", "述".repeat(TEXT + 1));
        activity.put("district", "1".repeat(NAME + 1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(activity)
                .post("/api/v1/outreach-activities").then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("description", "district"));
        // a head count beyond any integer is a 400 problem, never a 500 (the platform's JSON reader decides the
        // field it names)
        String overflow = "{\"campaign\":\"SAFETY_MONTH\",\"target\":\"COMMUNITY\",\"date\":\"2026-06-16\","
                + "\"participants\":99999999999999999999}";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(overflow)
                .post("/api/v1/outreach-activities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"));
        given().auth().oauth2(admin).get("/api/v1/outreach-activities").then().statusCode(200)
                .body("total", equalTo(0));
    }

    // --- paging -------------------------------------------------------------------------------------------------

    @Test
    void pagesBeyondTheDataAreEmpty() {
        for (String path : List.of("/api/v1/notifications/inbox", "/api/v1/publications", "/api/v1/outreach-activities")) {
            JsonPath page = given().auth().oauth2(Tokens.city()).queryParam("page", Integer.MAX_VALUE)
                    .queryParam("size", 200).get(path).then().statusCode(200)
                    .body("items", empty())
                    .body("page", equalTo(Integer.MAX_VALUE))
                    .body("size", equalTo(200))
                    .extract().jsonPath();
            assertEquals(true, page.getLong("total") >= 0, path);
        }
        given().auth().oauth2(Tokens.department("HOUSING", HEPING)).queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 200).queryParam("unreadOnly", "true").get("/api/v1/notifications/inbox").then()
                .statusCode(200).body("items", empty());
        given().auth().oauth2(Tokens.city()).queryParam("page", "2147483648").get("/api/v1/publications").then()
                .statusCode(400).body("violations.field", hasItem("page"));
    }

    // --- the spec says so ---------------------------------------------------------------------------------------

    @Test
    void theSpecDocumentsEveryLimit() {
        JsonPath spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String publication = "components.schemas.PublicationRequest.properties.";
        assertEquals(NAME, spec.getInt(publication + "title.maxLength"));
        assertEquals(TEXT, spec.getInt(publication + "body.maxLength"));
        assertEquals(4, spec.getInt(publication + "channels.maxItems"));
        assertEquals(TEXT, spec.getInt("components.schemas.OutreachRequest.properties.description.maxLength"));
    }
}
