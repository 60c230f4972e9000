package cn.gov.sed.notification;

import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.events.TaskCompleted;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.notification.webhook.DeliveryLedger;
import cn.gov.sed.notification.webhook.Signatures;
import cn.gov.sed.notification.webhook.TestReceiver;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook rows of API.md "Limits, hostile input and other tenants (v1.1)": targets, content, signature and
 * delivery mechanics, through HTTP with real receivers (the JDK's HttpServer), PostgreSQL and Kafka. The test
 * profile allow-lists 127.0.0.2 only, where the receivers listen; 127.0.0.1 and localhost stay refused.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class WebhookAttackTest {
    private static final String SECRET = "a-shared-secret-of-the-receiver";
    private static final String HOUSING_120101 = Tokens.department("HOUSING", "120101");
    private static final String HOUSING_120116 = Tokens.department("HOUSING", "120116");
    private static final String HOUSING_120102 = Tokens.department("HOUSING", "120102");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    EntityManager em;
    @Inject
    DeliveryLedger ledger;

    TestReceiver receiver;
    KafkaEvents kafka;
    final List<String> created = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        receiver = TestReceiver.allowListed();
        kafka = new KafkaEvents(bootstrapServers);
    }

    @AfterEach
    void stop() {
        created.forEach(id -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM subscription WHERE id = ?1").setParameter(1, UUID.fromString(id))
                        .executeUpdate()));
        receiver.close();
        kafka.close();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private String subscribe(String token, String url, List<String> eventTypes) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", eventTypes, "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        created.add(id);
        return id;
    }

    private static long subscriptionTotal() {
        return given().auth().oauth2(Tokens.city()).get("/api/v1/subscriptions").jsonPath().getLong("total");
    }

    /** The deliveries the caller sees of one event. */
    private static List<Map<String, Object>> deliveriesOf(String token, String ceId) {
        JsonPath page = given().auth().oauth2(token).queryParam("size", 200).get("/api/v1/deliveries").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(d -> ceId.equals(d.get("eventId"))).toList();
    }

    private static Map<String, Object> deliveryOf(String token, String ceId, String subscriptionId) {
        return deliveriesOf(token, ceId).stream().filter(d -> subscriptionId.equals(d.get("subscriptionId")))
                .findFirst().orElse(null);
    }

    private String taskCompleted() {
        return kafka.send(new TaskCompleted("120101", UUID.randomUUID(), "挂牌督办",
                OffsetDateTime.parse("2026-11-27T10:00:00+08:00")));
    }

    private static HazardRegistered hazard(String district, UUID id, String reportingDepartment) {
        return new HazardRegistered(district, id, Severity.GENERAL, HazardStatus.LISTED, "91120101MA05K3XQ1F",
                "某电梯使用单位", "3110", HazardType.EQUIPMENT_CONDITION, null,
                reportingDepartment == null ? HazardSource.INSPECTION : HazardSource.DEPARTMENT_REPORT,
                reportingDepartment);
    }

    /** Sends under {@code key} (so events of one key are handled in order) with a ce_id of our own. */
    private String sendWithKey(Object event, String key) {
        var domainEvent = (cn.gov.sed.contracts.events.DomainEvent) event;
        EventType type = domainEvent.eventType();
        String ceId = UUID.randomUUID().toString();
        kafka.sendRaw(type.topic(), key, ceId, type.ceType(), "2026-11-20T10:00:00+08:00", EventJson.write(domainEvent));
        return ceId;
    }

    private static String hmacHex(String secret, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(data));
    }

    // --- webhook targets ----------------------------------------------------------------------------------------

    @Test
    void aSubscriptionsLocationIsReadableInItsScopeOnlyAndNeverShowsTheSecret() {
        String location = given().auth().oauth2(HOUSING_120101).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url("/ok"), "eventTypes", List.of("HazardRegistered"), "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().header("Location");
        String id = given().auth().oauth2(HOUSING_120101).get(location).then().statusCode(200)
                .body("eventTypes", equalTo(List.of("HazardRegistered"))).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("secret"))).extract().path("id");
        created.add(id);
        assertTrue(location.endsWith("/api/v1/subscriptions/" + id), location);
        given().auth().oauth2(Tokens.city()).get("/api/v1/subscriptions/" + id).then().statusCode(200);
        given().auth().oauth2(HOUSING_120116).get("/api/v1/subscriptions/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.districtAdmin("120101")).get("/api/v1/subscriptions/" + id).then().statusCode(403);
    }

    /** A path id that is not a UUID names no subscription: 404 as a problem, like every service (never a 500). */
    @Test
    void aMalformedSubscriptionIdIs404() {
        for (String token : List.of(Tokens.city(), HOUSING_120101)) {
            given().auth().oauth2(token).get("/api/v1/subscriptions/not-a-uuid").then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
            given().auth().oauth2(token).delete("/api/v1/subscriptions/not-a-uuid").then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        }
    }

    @Test
    void internalAndPlainHttpTargetsOfTheIssueAre400NamingUrl() {
        long before = subscriptionTotal();
        List<String> hostile = List.of("http://127.0.0.1:5432/", "http://169.254.169.254/latest/meta-data",
                "http://localhost:8082/api/v1/hazards", "https://10.0.0.8/x", "https://[::1]/", "https://[fd00::1]/",
                "https://localhost/x", "http://" + "127.0.0.1:" + receiver.port() + "/ok");
        for (String url : hostile) {
            for (String token : List.of(Tokens.city(), HOUSING_120101)) {
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("url", url, "eventTypes", List.of("HazardRegistered"), "secret", SECRET))
                        .post("/api/v1/subscriptions").then().statusCode(400)
                        .body("type", equalTo("/problems/validation"))
                        .body("violations.field", hasItem("url"));
            }
        }
        assertEquals(before, subscriptionTotal());
        assertTrue(receiver.received.isEmpty());
    }

    @Test
    void everyOtherAddressClassIs400() {
        List<String> hostile = List.of("https://192.168.1.1/", "https://172.16.0.1/", "https://[fe80::1]/",
                "https://224.0.0.1/", "https://[ff02::1]/", "https://0.0.0.0/", "https://[::]/",
                "https://[::ffff:127.0.0.1]/", "https://[::ffff:169.254.169.254]/", "https://100.64.0.1/",
                "https://127.0.0.3/", "ftp://receiver.example.org/", "https://user:pw@receiver.example.org/");
        for (String url : hostile) {
            given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("TaskCompleted"), "secret", SECRET))
                    .post("/api/v1/subscriptions").then().statusCode(400)
                    .body("violations.field", hasItem("url"));
        }
    }

    @Test
    void anUnresolvableHostIsAcceptedAndRegistrationNeverContactsTheReceiver() {
        subscribe(Tokens.city(), "https://webhook.does-not-exist.invalid/hook", List.of("TaskCompleted"));
        subscribe(Tokens.city(), receiver.url("/ok"), List.of("TaskCompleted"));
        assertTrue(receiver.received.isEmpty(), "registration sent nothing to the receiver");
    }

    @Test
    void aTargetThatResolvesInsideAtDeliveryIsRefusedAndNotSent() throws Exception {
        // a subscription whose name points inside at delivery time (DNS changed, or stored before v1.1)
        try (TestReceiver internal = new TestReceiver("127.0.0.1")) {
            String id = UUID.randomUUID().toString();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO subscription (id, url,"
                            + " event_types, secret, owner_sub, created_at) VALUES (?1, ?2, 'TaskCompleted', ?3,"
                            + " 'city-staff', ?4)")
                    .setParameter(1, UUID.fromString(id)).setParameter(2, "https://localhost:" + internal.port() + "/ok")
                    .setParameter(3, SECRET).setParameter(4, Timestamp.from(Instant.now())).executeUpdate());
            created.add(id);
            String ceId = taskCompleted();

            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<String, Object> d = deliveryOf(Tokens.city(), ceId, id);
                return d != null && "REFUSED".equals(d.get("status"));
            });
            Map<String, Object> d = deliveryOf(Tokens.city(), ceId, id);
            assertTrue(String.valueOf(d.get("lastError")).contains("loopback"), String.valueOf(d.get("lastError")));
            assertEquals(null, d.get("deliveredAt"));
            assertTrue(internal.received.isEmpty(), "nothing was sent to the internal address");
            given().auth().oauth2(Tokens.city()).queryParam("status", "REFUSED").queryParam("size", 200)
                    .get("/api/v1/deliveries").then().body("items.eventId", hasItem(ceId));
        }
    }

    @Test
    void redirectsAreNeverFollowed() {
        String id = subscribe(Tokens.city(), receiver.url("/redirect"), List.of("TaskCompleted"));
        String ceId = taskCompleted();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> d = deliveryOf(Tokens.city(), ceId, id);
            return d != null && "FAILED".equals(d.get("status"));
        });
        assertEquals(302, deliveryOf(Tokens.city(), ceId, id).get("lastStatusCode"));
        assertTrue(receiver.withCeId(ceId).stream().allMatch(r -> r.path().equals("/redirect")),
                "the Location was never requested");
        assertEquals(3, receiver.withCeId(ceId).size()); // three attempts (test profile), each at /redirect
    }

    @Test
    void oversizedUrlSecretAndEventTypesAre400AndCreateNothing() {
        long before = subscriptionTotal();
        String longUrl = "https://receiver.example.org/" + "a".repeat(2000);
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(Map.of("url", longUrl, "eventTypes", List.of("TaskCompleted"), "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(400).body("violations.field", hasItem("url"));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url("/ok"), "eventTypes", List.of("TaskCompleted"),
                        "secret", "s".repeat(201)))
                .post("/api/v1/subscriptions").then().statusCode(400).body("violations.field", hasItem("secret"));
        List<String> tooMany = new ArrayList<>();
        for (EventType type : EventType.values()) {
            tooMany.add(type.eventName());
        }
        tooMany.add("TaskCompleted");
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url("/ok"), "eventTypes", tooMany, "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(400).body("violations.field", hasItem("eventTypes"));
        assertEquals(before, subscriptionTotal());
        // every event type once is fine for the city
        subscribe(Tokens.city(), receiver.url("/ok"), tooMany.subList(0, EventType.values().length));
    }

    // --- webhook content and tenants ----------------------------------------------------------------------------

    @Test
    void aDepartmentMayNotSubscribeToInspectionEnforcementOrTaskEvents() {
        for (String type : List.of("InspectionCompleted", "HazardFound", "EnforcementActionTaken", "TaskAssigned",
                "MilestoneOverdue", "TaskCompleted")) {
            given().auth().oauth2(HOUSING_120101).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url("/ok"), "eventTypes", List.of("HazardRegistered", type),
                            "secret", SECRET))
                    .post("/api/v1/subscriptions").then().statusCode(400)
                    .body("violations.field", hasItem("eventTypes[1]"));
        }
    }

    @Test
    void aDepartmentTokenWithoutADepartmentClaimMayNotSubscribeAndSeesNothing() {
        String nameless = Tokens.of("dept-nameless", "department", "120101", null, null);
        given().auth().oauth2(nameless).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url("/ok"), "eventTypes", List.of("HazardRegistered"), "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(403);
        subscribe(HOUSING_120101, receiver.url("/ok"), List.of("HazardRegistered"));
        given().auth().oauth2(nameless).get("/api/v1/subscriptions").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(nameless).get("/api/v1/deliveries").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aDepartmentReceivesOnlyHazardEventsOfHazardsItReportedInItsDistrict() {
        String department = subscribe(HOUSING_120101, receiver.url("/ok"),
                List.of("HazardRegistered", "RectificationVerified"));
        String city = subscribe(Tokens.city(), receiver.url("/ok"), List.of("HazardRegistered"));
        UUID own = UUID.randomUUID();
        String key = own.toString(); // one key: handled in this order
        String ownCe = sendWithKey(hazard("120101", own, "HOUSING"), key);
        String otherDistrictCe = sendWithKey(hazard("120102", UUID.randomUUID(), "HOUSING"), key);
        String otherDepartmentCe = sendWithKey(hazard("120101", UUID.randomUUID(), "EDUCATION"), key);
        String inspectionFoundCe = sendWithKey(hazard("120101", UUID.randomUUID(), null), key);
        String verifiedCe = sendWithKey(new RectificationVerified("120101", own,
                OffsetDateTime.parse("2026-11-27T10:00:00+08:00"), "王检", "91120101MA05K3XQ1F", Severity.GENERAL), key);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.withCeId(verifiedCe).size() == 1
                && receiver.withCeId(inspectionFoundCe).size() == 1);
        Set<String> toDepartment = new HashSet<>();
        for (String ce : List.of(ownCe, otherDistrictCe, otherDepartmentCe, inspectionFoundCe, verifiedCe)) {
            if (deliveryOf(Tokens.city(), ce, department) != null) {
                toDepartment.add(ce);
            }
        }
        assertEquals(Set.of(ownCe, verifiedCe), toDepartment);
        for (String ce : List.of(ownCe, otherDistrictCe, otherDepartmentCe, inspectionFoundCe)) {
            assertTrue(deliveryOf(Tokens.city(), ce, city) != null, "the city receives all: " + ce);
        }
        assertEquals(1, receiver.withCeId(otherDistrictCe).size()); // the city's copy only
    }

    @Test
    void subscriptionsAndDeliveriesOfADistrictsDepartmentAreInvisibleToOtherDistricts() {
        String id = subscribe(HOUSING_120101, receiver.url("/ok"), List.of("HazardRegistered"));
        String ceId = kafka.send(hazard("120101", UUID.randomUUID(), "HOUSING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.withCeId(ceId).size() == 1);
        String deliveryId = (String) deliveryOf(HOUSING_120101, ceId, id).get("id");

        for (String other : List.of(HOUSING_120116, HOUSING_120102)) {
            given().auth().oauth2(other).queryParam("size", 200).get("/api/v1/subscriptions").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().auth().oauth2(other).queryParam("size", 200).get("/api/v1/deliveries").then().statusCode(200)
                    .body("items.id", not(hasItem(deliveryId)));
            given().auth().oauth2(other).post("/api/v1/deliveries/" + deliveryId + "/retry").then().statusCode(404);
            given().auth().oauth2(other).delete("/api/v1/subscriptions/" + id).then().statusCode(404);
        }
        given().auth().oauth2(HOUSING_120101).queryParam("size", 200).get("/api/v1/subscriptions").then()
                .body("items.id", hasItem(id));
        given().auth().oauth2(HOUSING_120101).post("/api/v1/deliveries/" + deliveryId + "/retry").then()
                .statusCode(200).body("id", equalTo(deliveryId));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.withCeId(ceId).size() == 2); // sent again
    }

    // --- webhook signature and content as received -----------------------------------------------------------

    @Test
    void eachDeliveryCarriesBothSignaturesWhichTheReceiverRecomputes() throws Exception {
        subscribe(Tokens.city(), receiver.url("/ok"), List.of("TaskCompleted"));
        String ceId = taskCompleted();
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.withCeId(ceId).size() == 1);
        TestReceiver.Received r = receiver.withCeId(ceId).get(0);

        assertEquals(hmacHex(SECRET, r.body()), r.header("X-Signature"));
        long timestamp = Long.parseLong(r.header("X-Sed-Timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 300, "a fresh timestamp: " + timestamp);
        byte[] prefix = (timestamp + "." + ceId + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + r.body().length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(r.body(), 0, signed, prefix.length, r.body().length);
        assertEquals(hmacHex(SECRET, signed), r.header("X-Sed-Signature"));
        assertEquals(Signatures.signTimestamped(SECRET, timestamp, ceId, r.body()), r.header("X-Sed-Signature"));
    }

    @Test
    void theEventIsForwardedAsReceivedWithFieldsThisServiceDoesNotKnow() throws Exception {
        subscribe(Tokens.city(), receiver.url("/ok"), List.of("HazardRegistered"));
        UUID hazardId = UUID.randomUUID();
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = (ObjectNode) json.readTree(EventJson.write(hazard("120101", hazardId, "HOUSING")));
        body.put("futureField", "x");
        byte[] bytes = json.writeValueAsBytes(body);
        String ceId = UUID.randomUUID().toString();
        kafka.sendRaw("hazard-events", hazardId.toString(), ceId, EventType.HAZARD_REGISTERED.ceType(),
                "2026-11-20T10:00:00+08:00", bytes);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.withCeId(ceId).size() == 1);
        byte[] got = receiver.withCeId(ceId).get(0).body();
        assertEquals("x", json.readTree(got).path("futureField").asText());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8));
    }

    // --- delivery mechanics ---------------------------------------------------------------------------------

    @Test
    void aSlowReceiverDelaysOnlyItsOwnDeliveries() throws Exception {
        String slow = subscribe(Tokens.city(), receiver.url("/slow"), List.of("TaskCompleted"));
        subscribe(Tokens.city(), receiver.url("/ok"), List.of("TaskCompleted"));
        String first = taskCompleted();
        assertTrue(receiver.slowEntered.await(30, java.util.concurrent.TimeUnit.SECONDS), "the slow one hangs");

        String second = taskCompleted(); // while the slow receiver still holds the first
        await().atMost(Duration.ofSeconds(8)).until(() -> receiver.received.stream()
                .anyMatch(r -> r.path().equals("/ok") && second.equals(r.header("ce_id"))));
        Map<String, Object> stillHanging = deliveryOf(Tokens.city(), first, slow);
        assertEquals("PENDING", stillHanging.get("status"));
        assertEquals(0, stillHanging.get("attempts"), "the slow receiver's first attempt has not ended yet");
        receiver.releaseSlow();
    }

    @Test
    void aReceiverThatTricklesItsAnswerIsCutAtTheDeadline() {
        String id = subscribe(Tokens.city(), receiver.url("/trickle"), List.of("TaskCompleted"));
        String ceId = taskCompleted();
        await().atMost(Duration.ofSeconds(40)).until(() -> {
            Map<String, Object> d = deliveryOf(Tokens.city(), ceId, id);
            return d != null && ((Number) d.get("attempts")).intValue() >= 1;
        });
        Map<String, Object> d = deliveryOf(Tokens.city(), ceId, id);
        assertTrue(String.valueOf(d.get("lastError")).contains("within 10 s"), String.valueOf(d.get("lastError")));
        assertFalse("DELIVERED".equals(d.get("status")));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.trickleCutAfterMillis.get() > 0);
    }

    @Test
    void aManualRetrySendsAFailedDeliveryAgainForItsOwnerOnly() {
        String id = subscribe(Tokens.city(), receiver.url("/switch"), List.of("TaskCompleted"));
        String ceId = taskCompleted();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> d = deliveryOf(Tokens.city(), ceId, id);
            return d != null && "FAILED".equals(d.get("status"));
        });
        String deliveryId = (String) deliveryOf(Tokens.city(), ceId, id).get("id");
        receiver.switchOn();

        given().auth().oauth2(HOUSING_120101).post("/api/v1/deliveries/" + deliveryId + "/retry").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.districtAdmin("120101")).post("/api/v1/deliveries/" + deliveryId + "/retry")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.city()).post("/api/v1/deliveries/" + UUID.randomUUID() + "/retry").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.city()).post("/api/v1/deliveries/" + deliveryId + "/retry").then()
                .statusCode(200).body("id", equalTo(deliveryId)).body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "DELIVERED".equals(deliveryOf(Tokens.city(), ceId, id).get("status")));
        assertEquals(4, receiver.withCeId(ceId).size()); // three failed attempts and the re-send
    }

    @Test
    void twoReplicasNeverClaimTheSameDelivery() throws Exception {
        // deliveries due only in a day, so the running dispatcher leaves them alone; two "replicas" claim at once
        Instant later = Instant.now().plus(Duration.ofDays(2));
        List<UUID> subscriptions = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int s = 0; s < 5; s++) {
                UUID sid = UUID.randomUUID();
                subscriptions.add(sid);
                created.add(sid.toString());
                em.createNativeQuery("INSERT INTO subscription (id, url, event_types, secret, owner_sub, created_at)"
                                + " VALUES (?1, 'https://receiver.example.org/', 'TaskCompleted', ?2, 'test', now())")
                        .setParameter(1, sid).setParameter(2, SECRET).executeUpdate();
                for (int d = 0; d < 3; d++) {
                    em.createNativeQuery("INSERT INTO delivery (id, subscription_id, event_id, event_type, ce_type,"
                                    + " payload, status, attempts, next_attempt_at, created_at) VALUES (?1, ?2, ?3,"
                                    + " 'TaskCompleted', 'sed.TaskCompleted.v1', ?4, 'PENDING', 0,"
                                    + " now() + interval '1 day', now())")
                            .setParameter(1, UUID.randomUUID()).setParameter(2, sid)
                            .setParameter(3, UUID.randomUUID().toString()).setParameter(4, "{}".getBytes())
                            .executeUpdate();
                }
            }
        });
        try {
            claimTwiceAtOnce(later, subscriptions);
        } finally { // leases of other rows these "replicas" may have taken end, so the running dispatcher sends them
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE delivery SET lease_until = NULL,"
                    + " lease_owner = NULL WHERE lease_owner LIKE 'replica-%'").executeUpdate());
        }
    }

    private void claimTwiceAtOnce(Instant later, List<UUID> subscriptions) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<List<DeliveryLedger.Due>> a = CompletableFuture.supplyAsync(() -> {
            awaitLatch(go);
            return ledger.claim(100, "replica-a", later, Duration.ofMinutes(1));
        });
        CompletableFuture<List<DeliveryLedger.Due>> b = CompletableFuture.supplyAsync(() -> {
            awaitLatch(go);
            return ledger.claim(100, "replica-b", later, Duration.ofMinutes(1));
        });
        go.countDown();
        List<DeliveryLedger.Due> claimed = new ArrayList<>(a.get());
        claimed.addAll(b.get());
        claimed.removeIf(d -> !subscriptions.contains(d.subscriptionId()));

        Set<UUID> ids = new HashSet<>();
        claimed.forEach(d -> assertTrue(ids.add(d.id()), "claimed twice: " + d.id()));
        Set<UUID> perSubscription = new HashSet<>();
        claimed.forEach(d -> assertTrue(perSubscription.add(d.subscriptionId()), "two of one subscription at once"));
        assertTrue(claimed.size() >= 1);
        // while leased, nothing more of these subscriptions is handed out
        List<DeliveryLedger.Due> again = ledger.claim(100, "replica-c", later, Duration.ofMinutes(1));
        assertTrue(again.stream().noneMatch(d -> perSubscription.contains(d.subscriptionId())));
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
