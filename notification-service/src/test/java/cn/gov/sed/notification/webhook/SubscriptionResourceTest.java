package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.InspectionCompleted;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.events.TaskCompleted;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Webhooks through a real HTTP endpoint started by the test (the JDK's HttpServer). */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class SubscriptionResourceTest {
    private static final String SECRET = "a-shared-secret-of-housing";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    TestReceiver receiver;
    List<TestReceiver.Received> received;
    final List<String> created = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = TestReceiver.allowListed(); // plain http on an allow-listed host (API.md v1.1)
        received = receiver.received;
    }

    @AfterEach
    void stopReceiver() {
        created.forEach(id -> given().auth().oauth2(Tokens.city()).delete("/api/v1/subscriptions/" + id));
        receiver.close();
    }

    String url(String path) {
        return receiver.url(path);
    }

    String subscribe(String token, String path, List<String> eventTypes) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", url(path), "eventTypes", eventTypes, "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(201)
                .body("secret", nullValue())
                .body("eventTypes", equalTo(eventTypes))
                .extract().path("id");
        created.add(id);
        return id;
    }

    @Test
    void aMatchingEventIsPostedSignedWithCloudEventsHeaders() {
        // v1.1: a department receives hazard events only, so inspection events go to a city subscription
        String city = Tokens.city();
        subscribe(city, "/ok", List.of("InspectionCompleted"));
        UUID inspection = UUID.randomUUID();
        String ceId = new KafkaEvents(bootstrapServers).send(new InspectionCompleted("120101", inspection, UUID.randomUUID(),
                "91120101MA05K3XQ1F", InspectionMethod.JOINT, OffsetDateTime.parse("2026-11-27T10:00:00+08:00"), 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> received.stream().anyMatch(r -> ceId.equals(r.header("ce_id"))));
        TestReceiver.Received r = received.stream().filter(x -> ceId.equals(x.header("ce_id"))).findFirst().orElseThrow();
        assertEquals(Signatures.sign(SECRET, r.body()), r.header("X-Signature"));
        assertEquals("sed.InspectionCompleted.v1", r.header("ce_type"));
        assertEquals("/inspection-service", r.header("ce_source"));
        assertEquals(inspection.toString(), r.header("ce_subject"));
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals(inspection, EventJson.read(r.body(), InspectionCompleted.class).inspectionId());

        await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(city)
                .queryParam("status", "DELIVERED").queryParam("size", 200).get("/api/v1/deliveries")
                .jsonPath().getList("items.eventId").contains(ceId));
    }

    @Test
    void aFailingReceiverIsRetriedWithBackOffAndThenMarkedFailed() {
        subscribe(Tokens.city(), "/down", List.of("TaskCompleted"));
        subscribe(Tokens.city(), "/flaky", List.of("TaskCompleted"));
        String ceId = new KafkaEvents(bootstrapServers).send(new TaskCompleted("120101", UUID.randomUUID(), "挂牌督办",
                OffsetDateTime.parse("2026-11-27T10:00:00+08:00")));

        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.city())
                .queryParam("status", "FAILED").queryParam("size", 200).get("/api/v1/deliveries")
                .jsonPath().getList("items.eventId").contains(ceId));
        var failed = given().auth().oauth2(Tokens.city()).queryParam("status", "FAILED").queryParam("size", 200)
                .get("/api/v1/deliveries").jsonPath();
        int i = failed.getList("items.eventId").indexOf(ceId);
        assertEquals(3, failed.getInt("items[" + i + "].attempts")); // sed.webhooks.max-attempts in tests
        assertEquals(503, failed.getInt("items[" + i + "].lastStatusCode"));
        assertEquals(3, received.stream().filter(r -> r.path().equals("/down") && ceId.equals(r.header("ce_id"))).count());

        await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(Tokens.city())
                .queryParam("status", "DELIVERED").queryParam("size", 200).get("/api/v1/deliveries")
                .jsonPath().getList("items.eventId").contains(ceId));
        assertEquals(2, receiver.flakyCalls.get());
    }

    @Test
    void badSubscriptionsAre400AndCreateNothing() {
        String housing = Tokens.department("HOUSING", null);
        long before = given().auth().oauth2(Tokens.city()).get("/api/v1/subscriptions").jsonPath().getLong("total");
        given().auth().oauth2(housing).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.org/x", "eventTypes", List.of("HazardRegistered", "Nope"),
                        "secret", "short"))
                .post("/api/v1/subscriptions").then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("secret"));
        given().auth().oauth2(housing).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.org/x", "eventTypes", List.of("HazardRegistered", "Nope"),
                        "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(400)
                .body("violations.field", hasItem("url"))
                .body("violations.field", hasItem("eventTypes[1]"));
        given().auth().oauth2(housing).contentType(ContentType.JSON)
                .body(Map.of("url", url("/ok"), "eventTypes", List.of(), "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(400)
                .body("violations.field", hasItem("eventTypes"));
        given().auth().oauth2(housing).contentType(ContentType.JSON).body("{\"url\":")
                .post("/api/v1/subscriptions").then().statusCode(400);
        assertEquals(before, given().auth().oauth2(Tokens.city()).get("/api/v1/subscriptions").jsonPath()
                .getLong("total"));

        given().auth().oauth2(Tokens.unit("91120101MA05K3XQ1F")).contentType(ContentType.JSON)
                .body(Map.of("url", url("/ok"), "eventTypes", List.of("HazardRegistered"), "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(403);
        given().auth().oauth2(Tokens.districtAdmin("120101")).get("/api/v1/subscriptions").then().statusCode(403);
        given().get("/api/v1/subscriptions").then().statusCode(401);
        given().auth().oauth2(Tokens.city()).queryParam("status", "LOST").get("/api/v1/deliveries").then()
                .statusCode(400).body("violations.field", hasItem("status"));
    }

    @Test
    void aDepartmentSeesAndDeletesOnlyItsOwnSubscriptions() {
        String housing = Tokens.department("HOUSING", null);
        String education = Tokens.department("EDUCATION", null);
        String id = subscribe(housing, "/ok", List.of("HazardRegistered", "HazardRemoved"));

        given().auth().oauth2(housing).queryParam("size", 200).get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(education).queryParam("size", 200).get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(education).delete("/api/v1/subscriptions/" + id).then().statusCode(404);
        given().auth().oauth2(housing).delete("/api/v1/subscriptions/" + id).then().statusCode(204);
        given().auth().oauth2(housing).queryParam("size", 200).get("/api/v1/subscriptions").then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aDepartmentsWebhookGetsTheHazardsItReportedAndNoOthers() {
        String transport = Tokens.department("TRANSPORT", null);
        subscribe(transport, "/ok", List.of("HazardRegistered", "RectificationVerified"));
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        UUID own = UUID.randomUUID();
        String ownCe = kafka.send(new HazardRegistered("120104", own, Severity.GENERAL, HazardStatus.LISTED,
                "91120104MA00000001", "港口起重机单位", "4000", HazardType.EQUIPMENT_CONDITION, null,
                HazardSource.DEPARTMENT_REPORT, "TRANSPORT"));
        // another department's hazard, under the same key so it is handled before the verification below
        UUID other = UUID.randomUUID();
        kafka.sendWithKey(new HazardRegistered("120104", other, Severity.GENERAL, HazardStatus.LISTED,
                "91120104MA00000002", "学校锅炉房", "1000", HazardType.EQUIPMENT_CONDITION, null,
                HazardSource.DEPARTMENT_REPORT, "EDUCATION"), own.toString());
        String verifiedCe = kafka.send(new RectificationVerified("120104", own,
                OffsetDateTime.parse("2026-11-27T10:00:00+08:00"), "王检", "91120104MA00000001", Severity.GENERAL));

        await().atMost(Duration.ofSeconds(30)).until(() -> received.stream()
                .anyMatch(r -> verifiedCe.equals(r.header("ce_id"))));
        List<String> subjects = received.stream().map(r -> r.header("ce_subject")).toList();
        assertEquals(true, subjects.contains(own.toString()));
        assertEquals(false, subjects.contains(other.toString()));
        assertEquals(true, received.stream().anyMatch(r -> ownCe.equals(r.header("ce_id"))));
    }
}
