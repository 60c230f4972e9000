package cn.gov.sed.system;

import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static cn.gov.sed.system.Fixtures.at;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The broker stopped for a while: inspectors keep working (their writes succeed, the events wait in the
 * outbox), and when the broker is back the events drain and the hazard appears downstream, once.
 */
class BrokerOutageIT {
    private static final String DISTRICT = "120116";

    @Test
    void writesSucceedWhileTheBrokerIsDownAndEventsDrainWhenItIsBack() throws InterruptedException {
        String city = Tokens.city();
        String inspector = Tokens.inspector(DISTRICT);
        String uscc = Fixtures.newCreditCode(DISTRICT);
        String unitId = at("inspection-service", city).body(Fixtures.unit(uscc, DISTRICT, "停机测试单位"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String liftId = at("inspection-service", city)
                .body(Fixtures.elevator(unitId, Integer.parseInt(uscc.substring(12, 17))))
                .post("/api/v1/equipment").then().statusCode(201).extract().path("id");

        RunningSuite.get().stopBroker();
        try {
            // readiness does not follow the broker: the pods stay in service, the data says the broker is down
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> at("inspection-service", null)
                    .get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'Event backbone (outbox and broker)' }.data.broker",
                            equalTo("DOWN")));
            // as a kubelet probes (timeoutSeconds 1, every few seconds, across several of the check's 5 s refreshes):
            // each probe answers 200 in time while the broker is away, so the pods stay in service
            for (int probe = 0; probe < 6; probe++) {
                at("inspection-service", null).config(RestAssuredConfig.config().httpClient(HttpClientConfig
                                .httpClientConfig().setParam("http.socket.timeout", 1_000).setParam("http.connection.timeout", 1_000)))
                        .get("/q/health/ready").then().statusCode(200);
                Thread.sleep(2_000);
            }
            String inspectionId = at("inspection-service", inspector).body(Fixtures.inspection(DISTRICT, unitId))
                    .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
            at("inspection-service", inspector).body(Map.of("startedAt", Fixtures.now()))
                    .post("/api/v1/inspections/" + inspectionId + "/start").then().statusCode(200);
            at("inspection-service", inspector).body(Map.of("equipmentId", liftId, "checklistItemCode", "G08",
                            "description", "停机期间发现的隐患"))
                    .post("/api/v1/inspections/" + inspectionId + "/findings").then().statusCode(201);
            at("inspection-service", inspector).post("/api/v1/inspections/" + inspectionId + "/complete")
                    .then().statusCode(200).body("status", equalTo("COMPLETED"));
        } finally {
            RunningSuite.get().startBroker();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                at("hazard-service", city).queryParam("unitUscc", uscc).get("/api/v1/hazards")
                        .then().statusCode(200).body("total", equalTo(1)));
    }
}
