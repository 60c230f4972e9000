package cn.gov.sed.hazard.events;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaRecords;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class InspectionEventsConsumerTest {
    private static final String CE_TIME = "2026-11-20T10:00:00+08:00";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KafkaEvents kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaEvents(bootstrap);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aMinorFindingIsRecordedWithEveryFieldOfTheEvent() {
        String uscc = Fixtures.uscc();
        HazardFound e = Fixtures.found("120101", uscc, Severity.MINOR);
        kafka.send(e);
        String id = Fixtures.awaitHazardsOfUnit(uscc, 1).get(0);

        given().auth().oauth2(Tokens.inspector("120101")).get("/api/v1/hazards/" + id).then().statusCode(200)
                .body("status", equalTo("RECORDED"))
                .body("listed", equalTo(false))
                .body("source", equalTo("INSPECTION"))
                .body("findingId", equalTo(e.findingId().toString()))
                .body("inspectionId", equalTo(e.inspectionId().toString()))
                .body("method", equalTo("FOUR_NO_TWO_DIRECT"))
                .body("unitId", equalTo(e.unitId().toString()))
                .body("unitName", equalTo(e.unitName()))
                .body("unitContactName", equalTo("李四"))
                .body("unitContactPhone", equalTo("13800000000"))
                .body("industry", equalTo("RESIDENTIAL_PROPERTY"))
                .body("equipmentId", equalTo(e.equipmentId().toString()))
                .body("equipmentCode", equalTo("311012345202600001"))
                .body("equipmentCategory", equalTo("3110"))
                .body("usageEnvironment", equalTo("RESIDENTIAL"))
                .body("checklistItemCode", equalTo("G01"))
                .body("hazardStandard", equalTo("未办理使用登记即投入使用"))
                .body("severity", equalTo("MINOR"))
                .body("hazardType", equalTo("MANAGEMENT_SYSTEM"))
                .body("description", equalTo("电梯未登记"))
                .body("inspectors", hasSize(2))
                .body("inspectors[0].certificateNo", equalTo("TS-001"))
                .body("foundAt", org.hamcrest.Matchers.endsWith("+08:00"))
                .body("history", hasSize(1));
    }

    @Test
    void generalAndMajorFindingsAreListedAndRegisteredEventsArePublished() {
        String uscc = Fixtures.uscc();
        HazardFound general = Fixtures.found("120102", uscc, Severity.GENERAL);
        kafka.send(general);
        kafka.send(Fixtures.found("120102", uscc, Severity.MAJOR));
        List<String> ids = Fixtures.awaitHazardsOfUnit(uscc, 2);
        for (String id : ids) {
            String today = LocalDate.now(cn.gov.sed.contracts.vocabulary.Zones.SHANGHAI).toString();
            given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().statusCode(200)
                    .body("status", equalTo("LISTED"))
                    .body("listed", equalTo(true))
                    .body("registeredOn", equalTo(today))
                    // the time limit the instruction printed (both events carry the same day)
                    .body("deadline", equalTo(general.rectifyBy().toString()))
                    .body("overdue", equalTo(false));
            JsonNode registered = Fixtures.awaitEvents(bootstrap, EventType.HAZARD_REGISTERED, id, 1).get(0);
            assertEquals("LISTED", registered.get("status").asText());
            assertEquals("120102", registered.get("district").asText());
            assertEquals(uscc, registered.get("unitUscc").asText());
            assertEquals("INSPECTION", registered.get("source").asText());
        }
    }

    @Test
    void theSameFindingTwiceMakesOneHazard() {
        String uscc = Fixtures.uscc();
        HazardFound e = Fixtures.found("120103", uscc, Severity.GENERAL);
        String ceId = kafka.send(e);
        kafka.send(e, ceId, CE_TIME);  // a redelivery
        kafka.send(e);                 // a replay under a new ce_id
        HazardFound marker = Fixtures.found("120103", uscc, Severity.MINOR,
                "G02", OffsetDateTime.now(ZoneOffset.ofHours(8)));
        kafka.send(marker);
        // the marker is a second finding: once both are there, nothing else may arrive
        Fixtures.awaitHazardsOfUnit(uscc, 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).get("/api/v1/hazards").then()
                        .body("total", equalTo(2)));
        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).queryParam("severity", "GENERAL")
                .get("/api/v1/hazards").then().body("total", equalTo(1))
                .body("items[0].findingId", equalTo(e.findingId().toString()));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextOneIsStillHandled() {
        String badKey = "poison-" + UUID.randomUUID();
        kafka.sendRaw("inspection-events", badKey, UUID.randomUUID().toString(), "sed.HazardFound.v1", null,
                "{not json".getBytes(StandardCharsets.UTF_8));
        String noTypeKey = "no-type-" + UUID.randomUUID();
        kafka.sendRaw("inspection-events", noTypeKey, UUID.randomUUID().toString(), null, null,
                "{}".getBytes(StandardCharsets.UTF_8));

        String uscc = Fixtures.uscc();
        kafka.send(Fixtures.found("120104", uscc, Severity.GENERAL));
        Fixtures.awaitHazardsOfUnit(uscc, 1);
        String dlq = "inspection-events.dlq";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> !KafkaRecords.withKey(bootstrap, dlq, badKey).isEmpty()
                        && !KafkaRecords.withKey(bootstrap, dlq, noTypeKey).isEmpty());
        assertTrue(KafkaRecords.withKey(bootstrap, dlq, badKey).stream()
                .allMatch(r -> r.headers().lastHeader("dead-letter-reason") != null));
    }

    @Test
    void enforcementActionsAreAttachedToTheHazardsTheyCite() {
        String uscc = Fixtures.uscc();
        String id = Fixtures.listed("120105", uscc, Severity.MAJOR);
        UUID actionId = UUID.randomUUID();
        EnforcementActionTaken action = new EnforcementActionTaken("120105", actionId, UUID.randomUUID(), uscc, "测试单位",
                EnforcementType.PENALTY, "拒不整改", "特种设备安全法第八十四条", "30000.00", "津市监罚〔2026〕1号",
                List.of(UUID.fromString(id), UUID.randomUUID()), OffsetDateTime.now(ZoneOffset.ofHours(8)));
        kafka.send(action);
        kafka.send(action); // a replay attaches it once

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.districtAdmin("120105")).get("/api/v1/hazards/" + id).then()
                        .body("enforcementActions", hasSize(1))
                        .body("enforcementActions[0].actionId", equalTo(actionId.toString()))
                        .body("enforcementActions[0].type", equalTo("PENALTY"))
                        .body("enforcementActions[0].amount", equalTo("30000.00"))
                        .body("enforcementActions[0].decisionNumber", equalTo("津市监罚〔2026〕1号"))
                        .body("enforcementActions[0].legalBasis", equalTo("特种设备安全法第八十四条")));
    }
}
