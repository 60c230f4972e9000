package cn.gov.sed.system;

import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static cn.gov.sed.system.Fixtures.at;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL restarted under load (issue 9): the services are not restarted; readiness goes down with the
 * database and up again with it; during the outage a request that needs the database answers 503 problem+json
 * with Retry-After and nothing answers another 5xx; every write that answered 201 is there afterwards, and the
 * event path works again.
 */
class PostgresRestartIT {
    private static final String DISTRICT = "120104";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Outcome(String what, int status, String contentType, String retryAfter, String body) {
    }

    @Test
    void servicesRideOutADatabaseRestartWith503sAndLoseNothing() throws Exception {
        String city = Tokens.city();
        String admin = Tokens.districtAdmin(DISTRICT);
        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        Queue<String> created = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(3);
        load.submit(() -> { // writers: new units
            while (running.get()) {
                String uscc = Fixtures.newCreditCode(DISTRICT);
                Outcome o = call("POST units", "inspection-service", "/api/v1/units", admin,
                        "{\"uscc\":\"" + uscc + "\",\"name\":\"重启测试单位\",\"types\":[\"USER\"],\"district\":\"" + DISTRICT
                                + "\",\"industry\":\"COMMERCE_RETAIL\",\"address\":\"测试路2号\",\"contactName\":\"张三\","
                                + "\"contactPhone\":\"13800000001\"}");
                outcomes.add(o);
                if (o.status() == 201) {
                    created.add(uscc);
                }
                pause(50);
            }
        });
        load.submit(() -> { // readers on two other services
            while (running.get()) {
                outcomes.add(call("GET hazards", "hazard-service", "/api/v1/hazards?size=5", city, null));
                outcomes.add(call("GET tasks", "task-service", "/api/v1/tasks?size=5", city, null));
                pause(50);
            }
        });
        load.submit(() -> {
            while (running.get()) {
                outcomes.add(call("GET inbox", "notification-service", "/api/v1/notifications/inbox", city, null));
                pause(100);
            }
        });
        try {
            pause(3_000);
            RunningSuite.get().stopPostgres();
            try {
                for (String service : RunningSuite.SERVICES) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> status(service, "/q/health/ready") == 503);
                    assertEquals(200, status(service, "/q/health/live"), service + " stays live without its database");
                }
                pause(3_000);
            } finally {
                RunningSuite.get().startPostgres();
            }
            for (String service : RunningSuite.SERVICES) {
                await().atMost(Duration.ofSeconds(90)).until(() -> status(service, "/q/health/ready") == 200);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> outcomes.stream().skip(Math.max(0, outcomes.size() - 10))
                    .allMatch(o -> o.status() < 500));
            pause(2_000);
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(30, TimeUnit.SECONDS);
        }

        List<Outcome> unavailable = outcomes.stream().filter(o -> o.status() == 503).toList();
        List<Outcome> otherErrors = outcomes.stream().filter(o -> o.status() >= 500 && o.status() != 503
                || o.status() == -1).toList();
        assertTrue(otherErrors.isEmpty(), "no 5xx but 503, no dropped connection: " + otherErrors);
        assertFalse(unavailable.isEmpty(), "the outage was seen by the load (" + outcomes.size() + " requests)");
        for (Outcome o : unavailable) {
            assertTrue(o.contentType() != null && o.contentType().startsWith("application/problem+json"), o.toString());
            assertTrue(o.retryAfter() != null, "Retry-After on " + o);
            assertTrue(o.body().contains("/problems/unavailable"), o.toString());
        }
        // nothing lost: every unit that answered 201 is there
        for (String uscc : created) {
            at("inspection-service", city).queryParam("q", uscc).get("/api/v1/units").then().statusCode(200)
                    .body("total", equalTo(1));
        }
        assertTrue(created.size() > 0);
        // and the event path works again: a finding becomes a hazard
        String uscc = Fixtures.newCreditCode(DISTRICT);
        String unitId = at("inspection-service", city).body(Fixtures.unit(uscc, DISTRICT, "重启后单位"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String liftId = at("inspection-service", city)
                .body(Fixtures.elevator(unitId, Integer.parseInt(uscc.substring(12, 17))))
                .post("/api/v1/equipment").then().statusCode(201).extract().path("id");
        String inspector = Tokens.inspector(DISTRICT);
        String inspectionId = at("inspection-service", inspector).body(Fixtures.inspection(DISTRICT, unitId))
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        at("inspection-service", inspector).body(Map.of("startedAt", Fixtures.now()))
                .post("/api/v1/inspections/" + inspectionId + "/start").then().statusCode(200);
        at("inspection-service", inspector).body(Map.of("equipmentId", liftId, "checklistItemCode", "G08",
                "description", "数据库重启后发现的隐患")).post("/api/v1/inspections/" + inspectionId + "/findings")
                .then().statusCode(201);
        at("inspection-service", inspector).post("/api/v1/inspections/" + inspectionId + "/complete").then()
                .statusCode(200);
        await().atMost(RunningSuite.patience()).untilAsserted(() -> at("hazard-service", city)
                .queryParam("unitUscc", uscc).get("/api/v1/hazards").then().statusCode(200).body("total", equalTo(1)));
    }

    private static Outcome call(String what, String service, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningSuite.get().url(service) + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(what, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (Exception e) {
            return new Outcome(what, -1, null, null, e.toString());
        }
    }

    private static int status(String service, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(RunningSuite.get().url(service) + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
