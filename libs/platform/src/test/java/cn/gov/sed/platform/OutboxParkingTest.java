package cn.gov.sed.platform;

import cn.gov.sed.testing.KafkaRecords;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay never jams: the broker is given a lower message limit on the topic than the relay's, so an event
 * within the relay's limit is refused by the broker for good. That event is parked; the other aggregates' events
 * go on; its own aggregate's later events wait until an operator re-queues or discards it.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OutboxParkingTest {
    private static final String TOPIC = "hazard-events";
    private static final String PARKED = "/api/v1/outbox/parked-events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    Admin admin;

    @BeforeEach
    void brokerRefusesLargeMessages() throws Exception {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        try {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        topicLimit("1000");
    }

    @AfterEach
    void restore() throws Exception {
        topicLimit("1048588");
        admin.close();
    }

    private void topicLimit(String bytes) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                new ConfigEntry("max.message.bytes", bytes), AlterConfigOp.OpType.SET)))).all().get();
        await().atMost(Duration.ofSeconds(10)).until(() -> bytes.equals(
                admin.describeConfigs(List.of(topic)).all().get().get(topic).get("max.message.bytes").value()));
    }

    private static String note(String text) {
        return given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body("{\"text\":\"" + text + "\"}").post("/test/notes").then().statusCode(201)
                .extract().path("id");
    }

    private static void touch(String id) {
        given().auth().oauth2(Tokens.city()).post("/test/notes/" + id + "/touch").then().statusCode(200);
    }

    private List<ConsumerRecord<String, byte[]>> published(String id) {
        return KafkaRecords.withKey(bootstrap, TOPIC, id);
    }

    private static String eventIdParkedFor(String aggregateId) {
        return given().auth().oauth2(Tokens.city()).get(PARKED).then().statusCode(200)
                .extract().jsonPath().getString("find { it.aggregateId == '" + aggregateId + "' }.eventId");
    }

    @Test
    void aRefusedEventIsParkedHoldsBackOnlyItsAggregateAndIsSentInOrderWhenRequeued() {
        String large = note("L".repeat(1200)); // within the relay's 1,500 bytes, over the topic's 1,000
        touch(large);                          // a later event of the same aggregate
        String other = note("small");          // another aggregate, written after both

        await().atMost(Duration.ofSeconds(30)).until(() -> !published(other).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> eventIdParkedFor(large) != null);
        assertTrue(published(large).isEmpty(), "neither the refused event nor the later one of its aggregate is sent");

        given().auth().oauth2(Tokens.city()).get(PARKED).then().statusCode(200)
                .body("find { it.aggregateId == '" + large + "' }.error", containsString("RecordTooLarge"))
                .body("find { it.aggregateId == '" + large + "' }.payloadBytes", greaterThanOrEqualTo(1200));
        String parkedId = eventIdParkedFor(large);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Event backbone (outbox and broker)' }.data.outboxParked",
                        greaterThanOrEqualTo(1))
                .body("checks.find { it.name == 'Event backbone (outbox and broker)' }.data.parkedEventIds",
                        containsString(parkedId));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("sed_outbox_parked")));
        // other callers may neither see nor touch it
        given().auth().oauth2(Tokens.districtAdmin("120101")).get(PARKED).then().statusCode(403);
        given().auth().oauth2(Tokens.districtAdmin("120101")).post(PARKED + "/" + parkedId + "/requeue").then()
                .statusCode(403);

        // the operator raises the broker's limit and re-queues: both events arrive, in their order
        topicLimitQuietly("1048588");
        given().auth().oauth2(Tokens.city()).post(PARKED + "/" + parkedId + "/requeue").then().statusCode(200)
                .body("parkedAt", equalTo(null));
        await().atMost(Duration.ofSeconds(30)).until(() -> published(large).size() == 2);
        List<ConsumerRecord<String, byte[]>> events = published(large);
        assertEquals(parkedId, KafkaRecords.header(events.get(0), "ce_id"));
        assertTrue(new String(events.get(1).value(), StandardCharsets.UTF_8).contains("touched"));
        given().auth().oauth2(Tokens.city()).get(PARKED).then().body("eventId", not(hasItem(parkedId)));
        // re-queueing what is no longer parked is 404
        given().auth().oauth2(Tokens.city()).post(PARKED + "/" + parkedId + "/requeue").then().statusCode(404);
    }

    @Test
    void aDiscardedEventIsNeverSentAndTheLaterEventsOfItsAggregateGoOn() {
        String large = note("D".repeat(1200));
        touch(large);
        await().atMost(Duration.ofSeconds(30)).until(() -> eventIdParkedFor(large) != null);
        String parkedId = eventIdParkedFor(large);

        given().auth().oauth2(Tokens.city()).post(PARKED + "/" + parkedId + "/discard").then().statusCode(200)
                .body("discardedBy", equalTo("city-staff"));
        await().atMost(Duration.ofSeconds(30)).until(() -> published(large).size() == 1);
        assertTrue(new String(published(large).get(0).value(), StandardCharsets.UTF_8).contains("touched"));
        given().auth().oauth2(Tokens.city()).get(PARKED + "?includeDiscarded=true").then()
                .body("find { it.eventId == '" + parkedId + "' }.discardedAt", org.hamcrest.Matchers.notNullValue());
    }

    private void topicLimitQuietly(String bytes) {
        try {
            topicLimit(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
