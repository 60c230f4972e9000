package cn.gov.sed.hazard;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The request-body examples of the OpenAPI document are bodies the server accepts as they stand: sent in the order
 * of a hazard's life (report, classify, plan, report the rectification, verify) and for a measure, each is answered
 * with success. An example that drifts from the rules fails here, not in an integrator's first call.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class SpecExamplesTest {
    private static final String D = "120103"; // the district the examples name

    @Test
    void theRequestExamplesAreAcceptedAsTheyStand() {
        JsonPath spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String inspector = Tokens.inspector(D);

        String id = given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards", "post", "elevatorBrake"))
                .post("/api/v1/hazards").then().statusCode(201).body("status", equalTo("REPORTED")).extract().path("id");
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards/{id}/classification", "post", "listed"))
                .post("/api/v1/hazards/" + id + "/classification").then().statusCode(200).body("status", equalTo("LISTED"));
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards/{id}/rectification-plan", "put", "fivePoints"))
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200)
                .body("status", equalTo("RECTIFYING")).body("plan.responsiblePerson", equalTo("张三"));
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards/{id}/rectification-report", "post", "done"))
                .post("/api/v1/hazards/" + id + "/rectification-report").then().statusCode(200)
                .body("status", equalTo("PENDING_VERIFICATION"));
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards/{id}/verification", "post", "passed"))
                .post("/api/v1/hazards/" + id + "/verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("closed", equalTo(true));

        String removed = given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards", "post", "elevatorBrake"))
                .post("/api/v1/hazards").then().statusCode(201).extract().path("id");
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards/{id}/classification", "post", "removed"))
                .post("/api/v1/hazards/" + removed + "/classification").then().statusCode(200)
                .body("status", equalTo("REMOVED"));

        String failed = given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards", "post", "elevatorBrake"))
                .post("/api/v1/hazards").then().statusCode(201).extract().path("id");
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards/{id}/classification", "post", "listed"))
                .post("/api/v1/hazards/" + failed + "/classification").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards/{id}/rectification-plan", "put", "fivePoints"))
                .put("/api/v1/hazards/" + failed + "/rectification-plan").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards/{id}/rectification-report", "post", "done"))
                .post("/api/v1/hazards/" + failed + "/rectification-report").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/hazards/{id}/verification", "post", "failed"))
                .post("/api/v1/hazards/" + failed + "/verification").then().statusCode(200)
                .body("status", equalTo("RECTIFYING")).body("rounds", equalTo(1));

        given().auth().oauth2(Tokens.districtAdmin(D)).contentType(ContentType.JSON)
                .body(example(spec, "/api/v1/measures", "post", "districtSystem"))
                .post("/api/v1/measures").then().statusCode(201).body("district", equalTo(D));
    }

    @Test
    void theSummaryViewAnswersTheListFieldsWithoutTheNestedRecords() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed(D, uscc, cn.gov.sed.contracts.vocabulary.Severity.GENERAL);
        String admin = Tokens.districtAdmin(D);
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("view", "summary").get("/api/v1/hazards")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id)).body("items[0].status", equalTo("LISTED"))
                .body("items[0].deadline", notNullValue()).body("items[0].version", notNullValue())
                .body("items[0]", not(hasKey("history"))).body("items[0]", not(hasKey("plan")))
                .body("items[0]", not(hasKey("inspectors")));
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("view", "full").get("/api/v1/hazards")
                .then().statusCode(200).body("items[0]", hasKey("history")).body("items[0].history", not(empty()));
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).get("/api/v1/hazards")
                .then().statusCode(200).body("items[0]", hasKey("history"));
        given().auth().oauth2(admin).queryParam("view", "compact").get("/api/v1/hazards").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("view"));
    }

    private static Map<String, Object> example(JsonPath spec, String path, String method, String name) {
        Map<String, Object> value = spec.getMap("paths.'" + path + "'." + method
                + ".requestBody.content.'application/json'.examples." + name + ".value");
        if (value == null) {
            throw new AssertionError("no request example " + name + " on " + method + " " + path);
        }
        // a deadline must not be in the past: the example's date ages, the rule it shows does not
        Object deadline = value.get("deadline");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        if (deadline != null && java.time.LocalDate.parse(deadline.toString()).isBefore(today)) {
            value = new java.util.LinkedHashMap<>(value);
            value.put("deadline", today.plusDays(30).toString());
        }
        return value;
    }
}
