package cn.gov.sed.hazard.overdue;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.platform.time.MovableClock;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A day before the rectification deadline the unit is reminded once (RectificationDueTomorrow on hazard-events). */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DeadlineRemindersTest {
    private static final String D = "120116";

    @Inject
    MovableClock clock;
    @Inject
    RemindingOfDeadlines reminders;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String planned(String uscc, Severity severity, int days) {
        String id = Fixtures.listed(D, uscc, severity);
        given().auth().oauth2(Tokens.unit(uscc)).contentType(ContentType.JSON).body(Fixtures.plan(days))
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200);
        return id;
    }

    @Test
    void aHazardDueTomorrowIsRemindedOnceAndOthersNot() {
        String uscc = Fixtures.uscc();
        String dueTomorrow = planned(uscc, Severity.MAJOR, 1);
        String dueInTwoDays = planned(Fixtures.uscc(), Severity.GENERAL, 2);
        String verified = planned(Fixtures.uscc(), Severity.GENERAL, 1);
        String inspector = Tokens.inspector(D);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("description", "已整改", "completedAt", "2026-11-28T10:00:00+08:00"))
                .post("/api/v1/hazards/" + verified + "/rectification-report").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("result", "PASSED", "inspector", "王五", "verifiedAt", "2026-11-28T11:00:00+08:00"))
                .post("/api/v1/hazards/" + verified + "/verification").then().statusCode(200);

        reminders.remind();
        reminders.remind(); // a rerun (or the other replica) repeats nothing

        JsonNode event = Fixtures.awaitEvents(bootstrap, EventType.RECTIFICATION_DUE_TOMORROW, dueTomorrow, 1).get(0);
        String deadline = given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + dueTomorrow).then()
                .extract().path("deadline");
        assertEquals(Zones.today(clock).plusDays(1).toString(), deadline);
        assertEquals(deadline, event.get("deadline").asText());
        assertEquals(uscc, event.get("unitUscc").asText());
        assertEquals("MAJOR", event.get("severity").asText());
        assertEquals(D, event.get("district").asText());
        assertTrue(!event.get("unitName").asText().isBlank());

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                Fixtures.events(bootstrap, EventType.RECTIFICATION_DUE_TOMORROW, dueTomorrow).size() == 1);
        // the outbox publishes in order: what the runs recorded for the others would be out by now
        assertEquals(List.of(), Fixtures.events(bootstrap, EventType.RECTIFICATION_DUE_TOMORROW, dueInTwoDays));
        assertEquals(List.of(), Fixtures.events(bootstrap, EventType.RECTIFICATION_DUE_TOMORROW, verified));
    }

    @Test
    void aDeadlineMovedLaterByARevisedPlanGetsItsOwnReminder() {
        String uscc = Fixtures.uscc();
        String id = planned(uscc, Severity.GENERAL, 1);
        reminders.remind();
        Fixtures.awaitEvents(bootstrap, EventType.RECTIFICATION_DUE_TOMORROW, id, 1);

        // the unit revises its plan: the deadline moves three days from today
        Map<String, Object> revised = new HashMap<>(Fixtures.plan(0));
        String second = Zones.today(clock).plusDays(3).toString();
        revised.put("deadline", second);
        given().auth().oauth2(Tokens.unit(uscc)).contentType(ContentType.JSON).body(revised)
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200);
        reminders.remind(); // not due tomorrow any more

        clock.advance(Duration.ofDays(2)); // the day before the revised deadline
        reminders.remind();
        reminders.remind();
        Fixtures.awaitEvents(bootstrap, EventType.RECTIFICATION_DUE_TOMORROW, id, 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> Fixtures.events(bootstrap, EventType.RECTIFICATION_DUE_TOMORROW, id).size() == 2);
        List<JsonNode> all = Fixtures.events(bootstrap, EventType.RECTIFICATION_DUE_TOMORROW, id);
        assertEquals(second, all.get(1).get("deadline").asText());
    }
}
