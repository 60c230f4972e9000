package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.events.TaskCompleted;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Scrape;
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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the webhook alert reads: a receiver that answers 503 to every attempt (the same JDK-server receiver the other
 * webhook tests use, on the allow-listed 127.0.0.2) makes two failures that are retried and a third, the last of
 * {@code sed.webhooks.max-attempts} in tests, that gives the delivery up; a healthy receiver's delivery counts as
 * an attempt and no failure.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class WebhookMetricsTest {
    private static final String SERVICE = "service=notification-service";
    private static final String FAILURES = "sed_webhook_delivery_failures_total";
    private static final String ATTEMPTS = "sed_webhook_delivery_attempts_total";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static Scrape scrape() {
        return Scrape.of(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    private static String subscribe(String url) {
        return given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of("TaskCompleted"), "secret", "a-secret-for-metrics"))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
    }

    private static boolean hasStatus(String ceId, String status) {
        return given().auth().oauth2(Tokens.city()).queryParam("status", status).queryParam("size", 200)
                .get("/api/v1/deliveries").jsonPath().getList("items.eventId").contains(ceId);
    }

    @Test
    void aReceiverThatKeepsFailingIsCountedAsRetriesThenOneDeliveryGivenUp() throws Exception {
        Scrape before = scrape();
        try (TestReceiver receiver = TestReceiver.allowListed()) {
            String down = subscribe(receiver.url("/down"));
            String ok = subscribe(receiver.url("/ok"));
            try {
                String ceId = new KafkaEvents(bootstrapServers).send(new TaskCompleted("120101", UUID.randomUUID(),
                        "挂牌督办", OffsetDateTime.parse("2026-11-27T10:00:00+08:00")));
                await().atMost(Duration.ofSeconds(30)).until(() -> hasStatus(ceId, "FAILED") && hasStatus(ceId, "DELIVERED"));
            } finally {
                given().auth().oauth2(Tokens.city()).delete("/api/v1/subscriptions/" + down);
                given().auth().oauth2(Tokens.city()).delete("/api/v1/subscriptions/" + ok);
            }
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Scrape after = scrape();
            assertTrue(after.count(FAILURES, SERVICE, "outcome=retry") >= before.count(FAILURES, SERVICE, "outcome=retry") + 2,
                    "two failed attempts retried");
            assertTrue(after.count(FAILURES, SERVICE, "outcome=given_up") >= before.count(FAILURES, SERVICE, "outcome=given_up") + 1,
                    "the last attempt gives the delivery up");
            assertTrue(after.count(ATTEMPTS, SERVICE) >= before.count(ATTEMPTS, SERVICE) + 4,
                    "three failed attempts and one delivered");
        });
    }
}
