package cn.gov.sed.platform;

import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.testing.KafkaRecords;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.Serdes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PlatformTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper mapper;

    KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrap);
        kafka.registerSerde(String.class, Serdes.String());
        kafka.registerSerde(byte[].class, Serdes.ByteArray());
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    private static String city() {
        return Tokens.city();
    }

    private String createNote(String text) {
        return given().auth().oauth2(city()).contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}")
                .post("/test/notes").then().statusCode(201).extract().path("id");
    }

    private List<ConsumerRecord<String, byte[]>> hazardEventsFor(String aggregateId, int atLeast) {
        return KafkaRecords.withKey(bootstrap, "hazard-events", aggregateId);
    }

    private static long asLong(io.restassured.response.ValidatableResponse response) {
        return Long.parseLong(response.statusCode(200).extract().asString().trim());
    }

    @Test
    void aQueryValueOverItsLimitIsA400NamingTheParameterAndNothingRuns() {
        given().auth().oauth2(city()).queryParam("q", "长".repeat(201)).get("/test/notes/count")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("violations[0].field", equalTo("q"));
        given().auth().oauth2(city()).queryParam("q", "长".repeat(200)).get("/test/notes/count").then().statusCode(200);
    }

    @Test
    void committedChangeIsPublishedAsACloudEvent() {
        String id = createNote("published");
        await().atMost(Duration.ofSeconds(20)).until(() -> !hazardEventsFor(id, 1).isEmpty());
        ConsumerRecord<String, byte[]> record = hazardEventsFor(id, 1).get(0);
        assertEquals("sed.HazardRemoved.v1", header(record, "ce_type"));
        assertEquals("/hazard-service", header(record, "ce_source"));
        assertEquals(id, header(record, "ce_subject"));
        assertEquals("1.0", header(record, "ce_specversion"));
        assertTrue(header(record, "ce_time").endsWith("+08:00"), header(record, "ce_time"));
        UUID.fromString(header(record, "ce_id"));
        assertEquals(UUID.fromString(id), EventJson.read(record.value(), HazardRemoved.class).hazardId());
    }

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;
    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    @Test
    void aTransactionThatRecordsAnEventWakesTheRelaysChannelAtCommit() throws Exception {
        // as the relay listens: the insert's trigger notifies, no statement of the service's own
        try (java.sql.Connection listener = java.sql.DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            try (java.sql.Statement st = listener.createStatement()) {
                st.execute("LISTEN sed_outbox");
            }
            org.postgresql.PGConnection pg = listener.unwrap(org.postgresql.PGConnection.class);
            createNote("notify the relay");
            org.postgresql.PGNotification[] received = pg.getNotifications(10_000);
            assertTrue(received != null && received.length > 0, "a NOTIFY on sed_outbox after the commit");
            assertEquals("sed_outbox", received[0].getName());
        }
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        String marker = "fail-at-commit";
        long before = asLong(given().auth().oauth2(city()).get("/test/notes/count").then());
        given().auth().oauth2(city()).contentType(ContentType.JSON).body("{\"text\":\"" + marker + "\"}")
                .post("/test/notes").then().statusCode(500);
        String after = createNote("after-rollback");
        // the later event arrives; the rolled-back one never does
        await().atMost(Duration.ofSeconds(20)).until(() -> !hazardEventsFor(after, 1).isEmpty());
        List<ConsumerRecord<String, byte[]>> all = KafkaRecords.all(bootstrap, "hazard-events");
        assertTrue(all.stream().noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker)));
        long count = asLong(given().auth().oauth2(city()).get("/test/notes/count").then());
        assertEquals(before + 1, count);
    }

    @Test
    void consumerHandlesEachCeIdOnceAndDeadLettersPoison() {
        UUID hazard = UUID.randomUUID();
        HazardRemoved event = new HazardRemoved("120101", hazard, "not special equipment", "HOUSING");
        String ceId = UUID.randomUUID().toString();
        send(hazard.toString(), ceId, EventType.HAZARD_REMOVED.ceType(), EventJson.write(event));
        send(hazard.toString(), ceId, EventType.HAZARD_REMOVED.ceType(), EventJson.write(event));
        send("poison", UUID.randomUUID().toString(), EventType.HAZARD_REMOVED.ceType(), "{not json".getBytes());
        UUID next = UUID.randomUUID();
        send(next.toString(), UUID.randomUUID().toString(), EventType.HAZARD_REMOVED.ceType(),
                EventJson.write(new HazardRemoved("120101", next, "after poison", null)));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(next) == 1);
        assertEquals(1, handled(hazard), "the redelivered ce_id changed nothing");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !KafkaRecords.withKey(bootstrap, "hazard-events.dlq", "poison").isEmpty());
        ConsumerRecord<String, byte[]> dead = KafkaRecords.withKey(bootstrap, "hazard-events.dlq", "poison").get(0);
        assertTrue(header(dead, "dead-letter-reason").contains("not a valid HazardRemoved"), header(dead, "dead-letter-reason"));
        assertEquals("hazard-events", header(dead, "dead-letter-topic"));
        assertTrue(Long.parseLong(header(dead, "dead-letter-offset")) >= 0, "the offset it had on hazard-events");
        assertEquals("{not json", new String(dead.value(), StandardCharsets.UTF_8), "the payload travels with it");
    }

    @Test
    void poisonTooLargeForItsDeadLetterCopyGoesWithoutPayloadAndItsPartitionMovesOn() {
        // as large as the broker takes on hazard-events (1 MB): the copy with the dead-letter headers is over the limit
        byte[] huge = new byte[1_048_000];
        java.util.Arrays.fill(huge, (byte) 'x');
        String key = "huge-poison-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("hazard-events", key, huge);
        record.headers().add(new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_type", EventType.HAZARD_REMOVED.ceType().getBytes(StandardCharsets.UTF_8)));
        kafka.produce(String.class, byte[].class).withProp("max.request.size", "2000000").fromRecords(record)
                .awaitCompletion();
        UUID next = UUID.randomUUID(); // same key: same partition, behind the poison
        send(key, UUID.randomUUID().toString(), EventType.HAZARD_REMOVED.ceType(),
                EventJson.write(new HazardRemoved("120101", next, "after a huge poison", null)));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(next) == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !KafkaRecords.withKey(bootstrap, "hazard-events.dlq", key).isEmpty());
        ConsumerRecord<String, byte[]> dead = KafkaRecords.withKey(bootstrap, "hazard-events.dlq", key).get(0);
        assertEquals(null, dead.value(), "dead-lettered without its payload");
        assertTrue(header(dead, "dead-letter-payload-dropped").startsWith("1048000 bytes"),
                header(dead, "dead-letter-payload-dropped"));
        assertTrue(header(dead, "dead-letter-reason").contains("not a valid HazardRemoved"), header(dead, "dead-letter-reason"));
    }

    @Test
    void idempotencyKeyReplaysAndRejectsAnotherBody() {
        String key = UUID.randomUUID().toString();
        long before = asLong(given().auth().oauth2(city()).get("/test/notes/count").then());
        String first = given().auth().oauth2(city()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"text\":\"once\"}").post("/test/notes").then().statusCode(201)
                .header("Location", notNullValue()).extract().path("id");
        given().auth().oauth2(city()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"text\":\"once\"}").post("/test/notes").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(city()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"text\":\"twice\"}").post("/test/notes").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
        long after = asLong(given().auth().oauth2(city()).get("/test/notes/count").then());
        assertEquals(before + 1, after);
        // keys are per caller: another caller with the same key runs its own request
        given().auth().oauth2(Tokens.districtAdmin("120101")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\":\"twice\"}").post("/test/notes").then().statusCode(201);
    }

    @Test
    void idempotentReplayOfAnActionThatAnswersAView() {
        String id = createNote("replayed action");
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(city()).header("Idempotency-Key", key).post("/test/notes/" + id + "/touch")
                .then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(city()).header("Idempotency-Key", key).post("/test/notes/" + id + "/touch")
                .then().statusCode(200).body("version", equalTo(1)).header("ETag", "\"1\"");
        given().auth().oauth2(city()).post("/test/notes/" + id + "/touch").then().statusCode(200)
                .body("version", equalTo(2));
    }

    @Test
    void etagAndStaleIfMatch() {
        String id = createNote("versioned");
        given().auth().oauth2(city()).header("If-Match", "\"0\"").post("/test/notes/" + id + "/touch")
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        given().auth().oauth2(city()).header("If-Match", "\"0\"").post("/test/notes/" + id + "/touch")
                .then().statusCode(412).body("type", equalTo("/problems/precondition-failed"));
        given().auth().oauth2(city()).post("/test/notes/" + id + "/touch").then().statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void problemsForBadInput() {
        given().auth().oauth2(city()).contentType(ContentType.JSON).body("{\"text\":").post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"));
        given().auth().oauth2(city()).contentType(ContentType.JSON).body("{\"text\":\"x\",\"count\":\"many\"}")
                .post("/test/notes").then().statusCode(400)
                .body("violations.field", hasItem("count"));
        given().auth().oauth2(city()).contentType(ContentType.JSON).body("{\"text\":\"x\",\"kind\":\"C\"}")
                .post("/test/notes").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("A, B"));
        given().auth().oauth2(city()).contentType(ContentType.JSON).body("{\"text\":\"\"}").post("/test/notes")
                .then().statusCode(400).body("violations.field", hasItem("text"));
        given().auth().oauth2(city()).post("/test/notes/" + UUID.randomUUID() + "/touch")
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
        given().auth().oauth2(city()).get("/test/notes?size=500").then().statusCode(400)
                .body("violations.field", hasItem("size"));
        given().auth().oauth2(city()).get("/test/notes?sort=secret,asc").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
        given().auth().oauth2(city()).get("/test/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badTokensAre401AndWrongRoleIs403() {
        for (String token : List.of(Tokens.expired("120101"), Tokens.wrongIssuer("120101"),
                Tokens.signedByAnotherKey("120101"), Tokens.algNone())) {
            given().auth().oauth2(token).get("/test/notes/count").then().statusCode(401)
                    .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
        }
        given().get("/test/notes/count").then().statusCode(401);
        given().auth().oauth2(Tokens.unit("91120101MA05K3XQ1F")).get("/test/notes/count").then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void openApiCarriesProblemsAndChineseLabels() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.Problem.properties.violations.type", equalTo("array"))
                .body("components.responses.ValidationProblem.content.'application/problem+json'.example.type",
                        equalTo("/problems/validation"))
                .body("paths.'/test/notes'.post.responses.'400'.$ref", equalTo(null))
                .body("components.schemas.Severity.description", containsString("MAJOR = 重大"));
    }

    @Test
    void readinessListsTheDatabaseAndTheEventBackboneWithTheBrokerState() {
        // the broker's state is asked in the background (a probe never waits for the broker): UP once it answered
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Event backbone (outbox and broker)' }.data.broker", equalTo("UP"))
                .body("checks.find { it.name == 'Event backbone (outbox and broker)' }.data.outboxBacklog",
                        notNullValue()));
        // liveness depends on nothing outside the process
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.not(hasItem("Database connections health check")));
    }

    @Test
    void aJsonBodyOverOneMegabyteIs413AndChangesNothing() {
        long before = asLong(given().auth().oauth2(city()).get("/test/notes/count").then());
        String big = "{\"text\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        given().auth().oauth2(city()).contentType(ContentType.JSON).body(big).post("/test/notes").then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        // the same body without a Content-Length (chunked) is counted while read
        given().auth().oauth2(city()).contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))
                .post("/test/notes").then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, asLong(given().auth().oauth2(city()).get("/test/notes/count").then()));
    }

    @Test
    void aWriteWhoseEventWouldExceedTheRelayLimitIs400AndStoresNothing() {
        long before = asLong(given().auth().oauth2(city()).get("/test/notes/count").then());
        // the test profile sets the relay's limit to 1,500 bytes; the field itself allows 4,000 characters
        given().auth().oauth2(city()).contentType(ContentType.JSON)
                .body("{\"text\":\"" + "y".repeat(3000) + "\"}").post("/test/notes").then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].message", containsString("over the limit of 1500"));
        assertEquals(before, asLong(given().auth().oauth2(city()).get("/test/notes/count").then()));
    }

    @Test
    void aNumberTooLargeForItsFieldIs400NamingTheField() {
        given().auth().oauth2(city()).contentType(ContentType.JSON)
                .body("{\"text\":\"n\",\"count\":99999999999999999999}").post("/test/notes").then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("count"));
    }

    @Test
    void aPageFarBeyondTheDataIsEmpty() {
        given().auth().oauth2(city()).get("/test/notes/page?page=2147483647&size=200").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("page", equalTo(2147483647));
    }

    @Test
    void theServicesMapperWritesJavaTimesWithPlatformIsoTimes() throws Exception {
        for (Class<?> type : List.of(Instant.class, LocalDate.class, OffsetDateTime.class)) {
            String inUse = mapper.getSerializerProviderInstance().findValueSerializer(type).getClass().getName();
            assertFalse(inUse.startsWith("com.fasterxml"), () -> type + ": Jackson's " + inUse + ", not IsoTimes'");
        }
        assertEquals("\"2026-11-30T08:05:00.12+08:00\"",
                mapper.writeValueAsString(OffsetDateTime.parse("2026-11-30T08:05:00.120+08:00")));
    }

    private void send(String key, String ceId, String ceType, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("hazard-events", key, value);
        record.headers().add(new RecordHeader("ce_id", ceId.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_type", ceType.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_source", "/test".getBytes(StandardCharsets.UTF_8)));
        kafka.produce(String.class, byte[].class).fromRecords(record).awaitCompletion();
    }

    private long handled(UUID hazard) {
        return asLong(given().auth().oauth2(city()).get("/test/notes/handled/" + hazard).then());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
