package cn.gov.sed.notification.routing;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The city edits which events go out by e-mail and SMS; nobody else does, and a bad rule changes nothing. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
public class ChannelRuleResourceTest {

    /** The rules as {@code token} reads them (also used by the channels' tests). */
    public static List<Map<String, Object>> rules(String token) {
        return given().auth().oauth2(token).get("/api/v1/notification-rules").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** The city replaces the rules with {@code rules}. */
    public static void replace(List<Map<String, Object>> rules) {
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(Map.of("rules", rules))
                .put("/api/v1/notification-rules").then().statusCode(200);
    }

    @Test
    void majorHazardsAndThreeDaysOverdueGoOutBySmsAndEmailByDefault() {
        List<Map<String, Object>> rules = rules(Tokens.districtAdmin("120101"));
        assertEquals(true, rules.contains(Map.of("eventType", "HazardRegistered", "grade", "MAJOR",
                "channels", List.of("EMAIL", "SMS"))));
        assertEquals(true, rules.contains(Map.of("eventType", "HazardOverdue", "grade", "DAY_3",
                "channels", List.of("EMAIL", "SMS"))));
        assertEquals(false, rules.stream().anyMatch(r -> r.get("grade").equals("MINOR")));
    }

    @Test
    void theCityReplacesTheRules() {
        List<Map<String, Object>> before = rules(Tokens.city());
        List<Map<String, Object>> changed = new ArrayList<>(before);
        changed.add(Map.of("eventType", "TaskCompleted", "grade", "*", "channels", List.of("EMAIL")));
        try {
            given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(Map.of("rules", changed))
                    .put("/api/v1/notification-rules").then().statusCode(200)
                    .body("findAll { it.eventType == 'TaskCompleted' }.channels", hasItem(List.of("EMAIL")));
        } finally {
            replace(before);
        }
        assertEquals(before, rules(Tokens.city()));
    }

    @Test
    void onlyTheCityEditsAndABadRuleChangesNothing() {
        List<Map<String, Object>> before = rules(Tokens.city());
        Map<String, Object> body = Map.of("rules", before);
        given().auth().oauth2(Tokens.districtAdmin("120101")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/notification-rules").then().statusCode(403);
        given().auth().oauth2(Tokens.unit("91120101MA05K3XQ1F")).get("/api/v1/notification-rules")
                .then().statusCode(403);
        bad(List.of(Map.of("eventType", "NoSuchEvent", "grade", "*", "channels", List.of())), "rules[0].eventType");
        bad(List.of(Map.of("eventType", "HazardRegistered", "grade", "DAY_3", "channels", List.of("SMS"))),
                "rules[0].grade");
        bad(List.of(Map.of("eventType", "TaskAssigned", "grade", "*", "channels", List.of("EMAIL")),
                Map.of("eventType", "TaskAssigned", "grade", "*", "channels", List.of("SMS"))), "rules[1]");
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(Map.of("rules", List.of(Map.of("eventType", "TaskAssigned", "grade", "*",
                        "channels", List.of("FAX"))))).put("/api/v1/notification-rules").then().statusCode(400);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(Map.of("eventType", "TaskAssigned", "grade", "*", "channels", List.of()));
        }
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(Map.of("rules", tooMany))
                .put("/api/v1/notification-rules").then().statusCode(400);
        assertEquals(before, rules(Tokens.city()));
    }

    static void bad(List<Map<String, Object>> rules, String field) {
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(Map.of("rules", rules))
                .put("/api/v1/notification-rules").then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem(field));
    }
}
