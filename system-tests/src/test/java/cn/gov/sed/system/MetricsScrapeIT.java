package cn.gov.sed.system;

import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Scrape;
import cn.gov.sed.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.sed.system.Fixtures.at;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The metrics the alerts and the dashboard read (deploy/k8s/observability/exposed-metrics.txt, which deploy/checks
 * holds every PromQL expression to) are really served: after one inspection's finding has gone through the four
 * services, each service's {@code /q/metrics} has every metric listed for it, labelled with its own name. And a
 * request for one hazard is labelled with the route's template, never with the id.
 */
class MetricsScrapeIT {
    private static final Path ROOT = Path.of(System.getProperty("sed.project.root", "..")).toAbsolutePath().normalize();
    private static final String DISTRICT = "120106";

    /** exposed-metrics.txt: service → the metrics it must serve. */
    private static Map<String, List<String>> expected() throws Exception {
        Map<String, List<String>> byService = new LinkedHashMap<>();
        RunningSuite.SERVICES.forEach(s -> byService.put(s, new ArrayList<>()));
        for (String line : Files.readAllLines(ROOT.resolve("deploy/k8s/observability/exposed-metrics.txt"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] columns = l.split("\\s+");
            if (columns[1].equals("prometheus")) {
                continue; // made by Prometheus for each target (up), not served
            }
            List<String> servers = columns[1].equals("all") ? RunningSuite.SERVICES : List.of(columns[1].split(","));
            for (String server : servers) {
                assertTrue(byService.containsKey(server), "exposed-metrics.txt names an unknown service: " + server);
                byService.get(server).add(columns[0]);
            }
        }
        return byService;
    }

    /** What Prometheus reads (no JSON Accept header as the API fixtures send). */
    private static String text(String service) {
        return given().baseUri(RunningSuite.get().url(service)).get("/q/metrics").then()
                .statusCode(200).extract().asString();
    }

    private static Scrape scrape(String service) {
        return Scrape.of(text(service));
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsServedByItsServicesWithTheirName() throws Exception {
        Map<String, List<String>> expected = expected();
        assertTrue(expected.values().stream().mapToInt(List::size).sum() > 40, "the list is read: " + expected);

        // traffic through all four: a finding becomes a hazard (hazard-service), then a task and notifications
        String city = Tokens.city();
        String inspector = Tokens.inspector(DISTRICT);
        String uscc = Fixtures.newCreditCode(DISTRICT);
        String unitId = at("inspection-service", city).body(Fixtures.unit(uscc, DISTRICT, "指标测试单位"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String liftId = at("inspection-service", city)
                .body(Fixtures.elevator(unitId, Integer.parseInt(uscc.substring(12, 17))))
                .post("/api/v1/equipment").then().statusCode(201).extract().path("id");
        String inspectionId = at("inspection-service", inspector).body(Fixtures.inspection(DISTRICT, unitId))
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        at("inspection-service", inspector).body(Map.of("startedAt", Fixtures.now()))
                .post("/api/v1/inspections/" + inspectionId + "/start").then().statusCode(200);
        at("inspection-service", inspector).body(Map.of("equipmentId", liftId, "checklistItemCode", "G08",
                        "description", "层门门锁啮合长度不足"))
                .post("/api/v1/inspections/" + inspectionId + "/findings").then().statusCode(201);
        at("inspection-service", inspector).post("/api/v1/inspections/" + inspectionId + "/complete")
                .then().statusCode(200);
        await().atMost(RunningSuite.patience()).untilAsserted(() -> at("hazard-service", city)
                .queryParam("unitUscc", uscc).get("/api/v1/hazards").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1)));
        // one hazard by its id, and one that does not exist: the latency series carry the template only
        String hazardId = at("hazard-service", city).queryParam("unitUscc", uscc).get("/api/v1/hazards").then()
                .extract().path("items[0].id");
        at("hazard-service", city).get("/api/v1/hazards/" + hazardId).then().statusCode(200);
        String missing = UUID.randomUUID().toString();
        at("hazard-service", city).get("/api/v1/hazards/" + missing).then().statusCode(404);
        at("hazard-service", null).get("/api/v1/hazards/" + missing).then().statusCode(401);
        // a read on the two others, whose latency series exist only once they have answered a request
        at("task-service", city).get("/api/v1/tasks").then().statusCode(200);
        at("notification-service", city).get("/api/v1/deliveries").then().statusCode(200);

        for (Map.Entry<String, List<String>> service : expected.entrySet()) {
            await().atMost(RunningSuite.patience()).untilAsserted(() -> {
                String text = text(service.getKey());
                Scrape scrape = Scrape.of(text);
                List<String> missingNames = service.getValue().stream()
                        .filter(name -> scrape.samples().stream().noneMatch(s -> s.name().equals(name)
                                && service.getKey().equals(s.labels().get("service"))))
                        .toList();
                assertEquals(List.of(), missingNames, service.getKey() + " serves every metric listed for it ("
                        + scrape.samples().size() + " samples in: " + text.substring(0, Math.min(300, text.length())) + ")");
            });
        }

        await().atMost(RunningSuite.patience()).untilAsserted(() -> {
            Scrape hazard = scrape("hazard-service");
            assertTrue(hazard.count("http_server_requests_seconds_count", "service=hazard-service",
                    "uri=/api/v1/hazards/{id}", "status=200") >= 1, "GET /api/v1/hazards/{id} 200");
            assertTrue(hazard.count("http_server_requests_seconds_count", "service=hazard-service",
                    "uri=/api/v1/hazards/{id}", "status=404") >= 1, "GET /api/v1/hazards/{id} 404");
        });
        String text = text("hazard-service");
        assertFalse(text.contains(hazardId), "no hazard id in any label");
        assertFalse(text.contains(missing), "no id of a request in any label");
    }
}
