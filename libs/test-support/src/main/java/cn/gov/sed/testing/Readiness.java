package cn.gov.sed.testing;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** What every service's readiness must say once it has started (README "Health"). */
public final class Readiness {
    private static final String BACKBONE = "Event backbone (outbox and broker)";

    private Readiness() {
    }

    /**
     * {@code /q/health/ready} of the service under test is UP with the database's check and the event backbone's,
     * the broker UP: once the background check has answered (a probe never waits for the broker), so within 30 s.
     */
    public static void awaitUpWithDatabaseAndBroker() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem(BACKBONE))
                .body("checks.find { it.name == '" + BACKBONE + "' }.data.broker", equalTo("UP")));
    }
}
