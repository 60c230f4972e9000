package cn.gov.sed.notification;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class NotificationServiceHealthTest {

    @Test
    void readinessListsTheDatabaseAndKafka() {
        // the broker's state is asked in the background (a probe never waits for the broker): UP once it answered
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200)
                        .body("status", equalTo("UP"))
                        .body("checks.name", hasItem("Database connections health check"))
                        .body("checks.name", hasItem("Event backbone (outbox and broker)"))
                        .body("checks.find { it.name == 'Event backbone (outbox and broker)' }.data.broker",
                                org.hamcrest.Matchers.equalTo("UP")));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
