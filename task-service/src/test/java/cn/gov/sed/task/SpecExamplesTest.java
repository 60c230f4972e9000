package cn.gov.sed.task;

import cn.gov.sed.platform.time.MovableClock;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The request examples the spec shows integrators are requests the server accepts: each request-body example of
 * the main write operations, and a task assembled from the property examples of TaskRequest, sent as they are.
 * The clock is set to the day the examples were written, so their dates ("not in the past") stay valid.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class SpecExamplesTest {
    private static final Instant WRITTEN = Instant.parse("2026-11-30T02:00:00Z");

    @Inject
    MovableClock clock;

    JsonPath spec;

    @BeforeEach
    void readTheSpecAndSetTheClock() {
        spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        clock.advance(Duration.between(clock.instant(), WRITTEN));
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    Object example(String path, String method) {
        Map<String, Map<String, Object>> examples = spec.getMap("paths.'" + path + "'." + method
                + ".requestBody.content.'application/json'.examples");
        assertNotNull(examples, "no request example on " + method.toUpperCase() + " " + path);
        assertFalse(examples.isEmpty());
        return examples.values().iterator().next().get("value");
    }

    @Test
    void theRequestExamplesAreAccepted() {
        String district = "120103";
        String id = given().auth().oauth2(Tokens.districtAdmin(district)).contentType(ContentType.JSON)
                .body(example("/api/v1/tasks", "post")).post("/api/v1/tasks").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.districtAdmin(district)).contentType(ContentType.JSON)
                .body(example("/api/v1/tasks/{id}", "patch")).patch("/api/v1/tasks/" + id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        given().auth().oauth2(Tokens.districtAdmin(district)).contentType(ContentType.JSON)
                .body(example("/api/v1/tasks/{id}/supervisions", "post")).post("/api/v1/tasks/" + id + "/supervisions")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.districtAdmin(district)).contentType(ContentType.JSON)
                .body(example("/api/v1/meetings", "post")).post("/api/v1/meetings").then().statusCode(201);
    }

    @Test
    void aTaskOfThePropertyExamplesIsAccepted() {
        Map<String, Object> task = propertyExamples("TaskRequest");
        task.put("phase", "INVESTIGATION");
        task.put("milestones", List.of(propertyExamples("MilestoneRequest")));
        String id = given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(task).post("/api/v1/tasks")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> supervision = propertyExamples("SupervisionRequest");
        supervision.put("rating", "GOOD");
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(supervision)
                .post("/api/v1/tasks/" + id + "/supervisions").then().statusCode(201);
        Map<String, Object> meeting = propertyExamples("MeetingRequest");
        meeting.put("kind", "SYMPOSIUM");
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(meeting).post("/api/v1/meetings")
                .then().statusCode(201);
    }

    Map<String, Object> propertyExamples(String schema) {
        Map<String, Map<String, Object>> properties = spec.getMap("components.schemas." + schema + ".properties");
        Map<String, Object> body = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            if (property.containsKey("example")) {
                body.put(name, property.get("example"));
            }
        });
        return body;
    }
}
