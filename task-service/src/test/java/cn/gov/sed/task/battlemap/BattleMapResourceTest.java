package cn.gov.sed.task.battlemap;

import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class BattleMapResourceTest {
    /** Only this test class puts hazards into 蓟州区, so its figures are known. */
    private static final String DISTRICT = "120119";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static JsonPath mine() {
        return given().auth().oauth2(Tokens.districtAdmin(DISTRICT)).get("/api/v1/battle-map")
                .then().statusCode(200).extract().jsonPath();
    }

    static HazardRegistered hazard(Severity severity, HazardStatus status) {
        return new HazardRegistered(DISTRICT, UUID.randomUUID(), severity, status, "91120116MA00000001", "蓟州游乐园",
                "6000", HazardType.EQUIPMENT_CONDITION, null, HazardSource.INSPECTION, null);
    }

    @Test
    void thePageIsServedWithoutDataAndReadsTheApiWithTheViewersToken() {
        String html = given().get("/battle-map").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/html")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("挂图作战"));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("fetch('/api/v1/battle-map'"));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("Authorization: 'Bearer ' + token"));
    }

    @Test
    void theCitySeesEveryDistrictADistrictItsOwn() {
        given().auth().oauth2(Tokens.city()).get("/api/v1/battle-map").then().statusCode(200)
                .body("size()", equalTo(16))
                .body("[0].district", equalTo("120101"));
        given().auth().oauth2(Tokens.inspector("120101")).get("/api/v1/battle-map").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].district", equalTo("120101"))
                .body("[0].tasks.total", org.hamcrest.Matchers.notNullValue())
                .body("[0].tasks.milestonesMissedThisWeek", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        given().auth().oauth2(Tokens.unit("91120116MA00000001")).get("/api/v1/battle-map").then().statusCode(403);
        given().get("/api/v1/battle-map").then().statusCode(401);
    }

    @Test
    void hazardFiguresFollowTheHazardEvents() {
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        HazardRegistered major = hazard(Severity.MAJOR, HazardStatus.LISTED);
        HazardRegistered general = hazard(Severity.GENERAL, HazardStatus.LISTED);
        HazardRegistered minor = hazard(Severity.MINOR, HazardStatus.RECORDED);
        kafka.send(major);
        kafka.send(major); // a replay under a new ce_id counts once
        kafka.send(general);
        kafka.send(minor);
        kafka.send(new HazardOverdue(DISTRICT, general.hazardId(), OverdueLevel.DAY_0, LocalDate.parse("2026-11-20"),
                null, Severity.GENERAL));
        kafka.send(new HazardOverdue(DISTRICT, general.hazardId(), OverdueLevel.DAY_3, LocalDate.parse("2026-11-20"),
                null, Severity.GENERAL));
        kafka.send(new RectificationVerified(DISTRICT, major.hazardId(), OffsetDateTime.parse("2026-11-27T09:00:00+08:00"),
                "王检", null, Severity.MAJOR));

        // events of different hazards may be handled in any order: wait for all of them
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath m = mine();
            return m.getInt("[0].hazards.verified") == 1 && m.getInt("[0].hazards.listed") == 2
                    && m.getInt("[0].hazards.overdue") == 1 && m.getInt("[0].tasks.done") == 1;
        });
        JsonPath map = mine();
        assertEquals(0, map.getInt("[0].hazards.majorOpen"));
        assertEquals(0.5, map.getDouble("[0].rectificationRate"), 1e-9);
        assertEquals("RED", map.getString("[0].ragStatus")); // an overdue hazard
        // the major hazard's listed supervision task was opened and closed
        assertEquals(1, map.getInt("[0].tasks.total"));
        assertEquals(1, map.getInt("[0].tasks.done"));
    }
}
