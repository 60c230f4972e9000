package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StatisticsResourceTest {
    private static final String D = "120116";
    /** A day of its own, so the period filter isolates this test's hazards. */
    private static final String DAY = "2015-06-01";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static boolean prepared;

    /** Five findings of three units; one of them closed three days after it was found. */
    private synchronized void knownSet() {
        if (prepared) {
            return;
        }
        prepared = true; // once, even if a step below fails: a second set would change every number
        OffsetDateTime at = OffsetDateTime.parse(DAY + "T10:00:00+08:00");
        String a = Fixtures.uscc();
        String b = Fixtures.uscc();
        String c = Fixtures.uscc();
        try (KafkaEvents kafka = new KafkaEvents(bootstrap)) {
            for (var e : List.of(Fixtures.found(D, a, Severity.GENERAL, "G01", at), Fixtures.found(D, a, Severity.MAJOR, "G02", at),
                    Fixtures.found(D, a, Severity.MINOR, "G01", at), Fixtures.found(D, b, Severity.GENERAL, "G01", at),
                    Fixtures.found(D, c, Severity.GENERAL, "G05", at))) {
                kafka.send(e);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.city())
                .queryParam("district", D).queryParam("from", DAY).queryParam("to", DAY)
                .get("/api/v1/hazards").then().extract().<Integer>path("total") == 5);
        String id = given().auth().oauth2(Tokens.city()).queryParam("unitUscc", a).queryParam("severity", "GENERAL")
                .get("/api/v1/hazards").then().extract().path("items[0].id");
        String inspector = Tokens.inspector(D);
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Fixtures.plan(5))
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("description", "已整改", "completedAt", "2015-06-03T10:00:00+08:00"))
                .post("/api/v1/hazards/" + id + "/rectification-report").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("result", "PASSED", "inspector", "王五", "verifiedAt", "2015-06-04T10:00:00+08:00"))
                .post("/api/v1/hazards/" + id + "/verification").then().statusCode(200);
    }

    @Test
    void statisticsByChecklistItemCountTheKnownSet() {
        knownSet();
        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("groupBy", "checklistItem")
                .queryParam("from", DAY).queryParam("to", DAY)
                .get("/api/v1/hazard-statistics").then().statusCode(200)
                .body("key", contains("G01", "G02", "G05"))
                .body("[0].label", equalTo("使用登记"))
                .body("[0].total", equalTo(3)).body("[0].listed", equalTo(2)).body("[0].verified", equalTo(1))
                // b's general finding is still LISTED and its instruction's time limit (DAY + 15) has passed
                .body("[0].overdue", equalTo(1))
                .body("[0].rectificationRate", equalTo(0.5f)).body("[0].meanDaysToClose", equalTo(3.0f))
                .body("[1].total", equalTo(1)).body("[1].listed", equalTo(1)).body("[1].verified", equalTo(0))
                .body("[1].rectificationRate", equalTo(0.0f)).body("[1].meanDaysToClose", nullValue());
    }

    @Test
    void statisticsBySeverityAndDistrict() {
        knownSet();
        given().auth().oauth2(Tokens.city()).queryParam("groupBy", "severity").queryParam("district", D)
                .queryParam("from", DAY).queryParam("to", DAY)
                .get("/api/v1/hazard-statistics").then().statusCode(200)
                .body("key", contains("GENERAL", "MAJOR", "MINOR"))
                .body("label", contains("一般", "重大", "轻微"))
                .body("total", contains(3, 1, 1))
                .body("listed", contains(3, 1, 0))
                .body("verified", contains(1, 0, 0))
                .body("[2].rectificationRate", nullValue());
        given().auth().oauth2(Tokens.inspector(D)).queryParam("groupBy", "district").queryParam("from", DAY).queryParam("to", DAY)
                .get("/api/v1/hazard-statistics").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].key", equalTo(D)).body("[0].label", equalTo("滨海新区")).body("[0].total", equalTo(5));
        given().auth().oauth2(Tokens.districtAdmin("120101")).queryParam("groupBy", "district").queryParam("from", DAY)
                .queryParam("to", DAY).get("/api/v1/hazard-statistics").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void commonIssuesRankItemsByDistinctUnits() {
        knownSet();
        given().auth().oauth2(Tokens.city()).queryParam("top", 2).queryParam("from", DAY).queryParam("to", DAY)
                .get("/api/v1/hazard-statistics/common-issues").then().statusCode(200)
                .body("checklistItemCode", contains("G01", "G02"))
                .body("[0].content", equalTo("使用登记"))
                .body("[0].units", equalTo(2)).body("[0].hazards", equalTo(3)).body("[0].open", equalTo(1))
                .body("[1].units", equalTo(1)).body("[1].open", equalTo(1));
    }

    @Test
    void badRequestsAndForeignDistricts() {
        given().auth().oauth2(Tokens.city()).queryParam("groupBy", "colour").get("/api/v1/hazard-statistics").then()
                .statusCode(400).body("violations[0].field", equalTo("groupBy"))
                .body("violations[0].message", containsString("usageEnvironment"));
        given().auth().oauth2(Tokens.city()).get("/api/v1/hazard-statistics").then().statusCode(400);
        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("groupBy", "status").queryParam("district", "120101")
                .get("/api/v1/hazard-statistics").then().statusCode(403);
        given().auth().oauth2(Tokens.districtAdmin(D)).queryParam("district", "120101")
                .get("/api/v1/hazard-statistics/common-issues").then().statusCode(403);
        given().auth().oauth2(Tokens.unit("91120101MA05K3XQ1F")).queryParam("groupBy", "status")
                .get("/api/v1/hazard-statistics").then().statusCode(403);
        given().auth().oauth2(Tokens.city()).queryParam("top", 0).get("/api/v1/hazard-statistics/common-issues").then()
                .statusCode(400);
        given().auth().oauth2(Tokens.city()).queryParam("top", "ten").get("/api/v1/hazard-statistics/common-issues").then()
                .statusCode(400);
        for (String g : List.of("district", "equipmentCategory", "industry", "usageEnvironment", "hazardType", "severity",
                "status", "checklistItem")) {
            given().auth().oauth2(Tokens.city()).queryParam("groupBy", g).get("/api/v1/hazard-statistics").then().statusCode(200);
        }
    }
}
