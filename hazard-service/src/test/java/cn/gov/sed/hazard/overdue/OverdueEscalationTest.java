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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OverdueEscalationTest {
    private static final String D = "120117";

    @Inject
    MovableClock clock;
    @Inject
    OverdueScan scan;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOverdueHazardClimbsTheLadderOnceForEachLevel() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.MAJOR);
        given().auth().oauth2(Tokens.unit(uscc)).contentType(ContentType.JSON).body(Fixtures.plan(1))
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200).body("overdue", equalTo(false));
        String deadline = given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().extract().path("deadline");

        clock.advance(Duration.ofDays(1));     // the deadline day itself: not overdue yet
        scan.scan();
        given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().body("overdue", equalTo(false));

        clock.advance(Duration.ofDays(1));     // the day after the deadline
        scan.scan();
        given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().body("overdue", equalTo(true));
        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("overdue", "true").queryParam("unitUscc", uscc)
                .get("/api/v1/hazards").then().body("items.id", hasItem(id));
        assertEquals(List.of("DAY_0"), levels(Fixtures.awaitEvents(bootstrap, EventType.HAZARD_OVERDUE, id, 1)));

        clock.advance(Duration.ofDays(2));     // three days after
        scan.scan();
        scan.scan();
        assertEquals(List.of("DAY_0", "DAY_3"), levels(Fixtures.awaitEvents(bootstrap, EventType.HAZARD_OVERDUE, id, 2)));

        clock.advance(Duration.ofDays(4));     // seven days after
        scan.scan();
        List<JsonNode> all = Fixtures.awaitEvents(bootstrap, EventType.HAZARD_OVERDUE, id, 3);
        clock.advance(Duration.ofDays(10));
        scan.scan();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> Fixtures.events(bootstrap, EventType.HAZARD_OVERDUE, id).size() == 3);
        assertEquals(List.of("DAY_0", "DAY_3", "DAY_7"), levels(Fixtures.events(bootstrap, EventType.HAZARD_OVERDUE, id)));
        JsonNode last = all.get(2);
        assertEquals(deadline, last.get("deadline").asText());
        assertEquals(uscc, last.get("unitUscc").asText());
        assertEquals("MAJOR", last.get("severity").asText());
        assertEquals(D, last.get("district").asText());
    }

    @Test
    void aRevisedDeadlineThatPassesClimbsTheLadderAgainOncePerLevel() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.GENERAL);
        String unit = Tokens.unit(uscc);
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Fixtures.plan(1))
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200);
        String first = given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().extract().path("deadline");

        clock.advance(Duration.ofDays(8));     // seven days after the first deadline: the whole ladder
        scan.scan();
        Fixtures.awaitEvents(bootstrap, EventType.HAZARD_OVERDUE, id, 3);

        // the unit revises its plan with a later deadline (two days from the moved clock's today)
        Map<String, Object> revised = new HashMap<>(Fixtures.plan(0));
        String second = Zones.today(clock).plusDays(2).toString();
        revised.put("deadline", second);
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(revised)
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200)
                .body("deadline", equalTo(second)).body("overdue", equalTo(false));
        scan.scan();

        clock.advance(Duration.ofDays(3));     // the day after the revised deadline
        scan.scan();
        scan.scan();
        List<JsonNode> all = Fixtures.awaitEvents(bootstrap, EventType.HAZARD_OVERDUE, id, 4);
        assertEquals(List.of("DAY_0", "DAY_3", "DAY_7", "DAY_0"), levels(all));
        assertEquals(second, all.get(3).get("deadline").asText());

        clock.advance(Duration.ofDays(2));     // three days after the revised deadline
        scan.scan();
        scan.scan();
        Fixtures.awaitEvents(bootstrap, EventType.HAZARD_OVERDUE, id, 5);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> Fixtures.events(bootstrap, EventType.HAZARD_OVERDUE, id).size() == 5);
        all = Fixtures.events(bootstrap, EventType.HAZARD_OVERDUE, id);
        assertEquals(List.of("DAY_0", "DAY_3", "DAY_7", "DAY_0", "DAY_3"), levels(all));
        assertEquals(List.of(first, first, first, second, second),
                all.stream().map(e -> e.get("deadline").asText()).toList());
    }

    @Test
    void aClosedHazardIsNeverOverdue() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, Severity.GENERAL);
        String inspector = Tokens.inspector(D);
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Fixtures.plan(0))
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(java.util.Map.of("description", "已整改", "completedAt", "2026-11-28T10:00:00+08:00"))
                .post("/api/v1/hazards/" + id + "/rectification-report").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(java.util.Map.of("result", "PASSED", "inspector", "王五", "verifiedAt", "2026-11-28T11:00:00+08:00"))
                .post("/api/v1/hazards/" + id + "/verification").then().statusCode(200);
        clock.advance(Duration.ofDays(30));
        scan.scan();
        given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().body("overdue", equalTo(false));
    }

    private static List<String> levels(List<JsonNode> events) {
        return events.stream().map(e -> e.get("level").asText()).toList();
    }
}
