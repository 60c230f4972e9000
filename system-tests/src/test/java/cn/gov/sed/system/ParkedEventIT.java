package cn.gov.sed.system;

import cn.gov.sed.testing.KafkaRecords;
import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static cn.gov.sed.system.Fixtures.at;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The relay never jams (issue 9): the broker is set to refuse messages over 6,000 bytes on inspection-events,
 * below the relay's 900 KB, so a finding whose description is within the API's 2,000 characters (but 6 KB of
 * UTF-8) is refused by the broker. Its HazardFound is parked; the twenty findings around it reach hazard-service
 * exactly once each; once the operator raises the limit and re-queues it, the parked one arrives too.
 */
class ParkedEventIT {
    private static final String DISTRICT = "120105";
    private static final String TOPIC = "inspection-events";
    private static final String PARKED = "/api/v1/outbox/parked-events";

    @Test
    void aRefusedEventIsParkedAndEveryOtherEventOfTheStreamIsDeliveredExactlyOnce() throws Exception {
        String city = Tokens.city();
        String inspector = Tokens.inspector(DISTRICT);
        String uscc = Fixtures.newCreditCode(DISTRICT);
        String unitId = at("inspection-service", city).body(Fixtures.unit(uscc, DISTRICT, "停放测试单位"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String liftId = at("inspection-service", city)
                .body(Fixtures.elevator(unitId, Integer.parseInt(uscc.substring(12, 17))))
                .post("/api/v1/equipment").then().statusCode(201).extract().path("id");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RunningSuite.get().bootstrapServers()))) {
            ensureTopic(admin);
            topicLimit(admin, "6000");
            List<String> good = new ArrayList<>();
            String refused = null;
            try {
                for (int i = 0; i < 21; i++) {
                    String description = i == 10 ? "曳引钢丝绳断丝超标".repeat(222) // 1,998 characters, about 6 KB
                            : "第" + i + "处隐患：层门门锁啮合长度不足";
                    String findingId = inspect(inspector, unitId, liftId, description);
                    if (i == 10) {
                        refused = findingId;
                    } else {
                        good.add(findingId);
                    }
                }
                String parkedFinding = refused;
                // every good finding becomes exactly one hazard, although one event in the middle is refused
                await().atMost(RunningSuite.patience()).untilAsserted(() ->
                        at("hazard-service", city).queryParam("unitUscc", uscc).queryParam("size", 200)
                                .get("/api/v1/hazards").then().statusCode(200).body("total", equalTo(20)));
                for (String findingId : good) {
                    assertEquals(1, KafkaRecords.withKey(RunningSuite.get().bootstrapServers(), TOPIC, findingId).size(),
                            "HazardFound of finding " + findingId + " is on the topic exactly once");
                }
                assertEquals(0, KafkaRecords.withKey(RunningSuite.get().bootstrapServers(), TOPIC, parkedFinding).size());
                String eventId = at("inspection-service", city).get(PARKED).then().statusCode(200)
                        .body("find { it.aggregateId == '" + parkedFinding + "' }.error", containsString("RecordTooLarge"))
                        .extract().path("find { it.aggregateId == '" + parkedFinding + "' }.eventId");
                at("inspection-service", null).get("/q/health/ready").then().statusCode(200)
                        .body("checks.find { it.name == 'Event backbone (outbox and broker)' }.data.outboxParked",
                                greaterThanOrEqualTo(1));

                // the runbook: fix the cause, then re-queue
                topicLimit(admin, "1048588");
                at("inspection-service", city).post(PARKED + "/" + eventId + "/requeue").then().statusCode(200);
                await().atMost(RunningSuite.patience()).untilAsserted(() ->
                        at("hazard-service", city).queryParam("unitUscc", uscc).get("/api/v1/hazards").then()
                                .statusCode(200).body("total", equalTo(21)));
                assertEquals(1, KafkaRecords.withKey(RunningSuite.get().bootstrapServers(), TOPIC, parkedFinding).size());
            } finally {
                topicLimit(admin, "1048588");
            }
        }
    }

    /** One inspection with one finding, completed; answers the finding's id. */
    private static String inspect(String inspector, String unitId, String liftId, String description) {
        String inspectionId = at("inspection-service", inspector).body(Fixtures.inspection(DISTRICT, unitId))
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        at("inspection-service", inspector).body(Map.of("startedAt", Fixtures.now()))
                .post("/api/v1/inspections/" + inspectionId + "/start").then().statusCode(200);
        String findingId = at("inspection-service", inspector).body(Map.of("equipmentId", liftId,
                        "checklistItemCode", "G08", "description", description))
                .post("/api/v1/inspections/" + inspectionId + "/findings").then().statusCode(201).extract().path("id");
        at("inspection-service", inspector).post("/api/v1/inspections/" + inspectionId + "/complete")
                .then().statusCode(200);
        return findingId;
    }

    private static void ensureTopic(Admin admin) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static void topicLimit(Admin admin, String bytes) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                new ConfigEntry("max.message.bytes", bytes), AlterConfigOp.OpType.SET)))).all().get();
        await().atMost(Duration.ofSeconds(10)).until(() -> bytes.equals(
                admin.describeConfigs(List.of(topic)).all().get().get(topic).get("max.message.bytes").value()));
    }
}
