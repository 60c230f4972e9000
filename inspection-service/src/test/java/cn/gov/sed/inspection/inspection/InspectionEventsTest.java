package cn.gov.sed.inspection.inspection;

import cn.gov.sed.testing.KafkaRecords;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.as;
import static cn.gov.sed.inspection.Fixtures.equipment;
import static cn.gov.sed.inspection.Fixtures.finding;
import static cn.gov.sed.inspection.Fixtures.startedInspection;
import static cn.gov.sed.inspection.Fixtures.unit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Completing an inspection publishes, through the outbox, one HazardFound per finding and one InspectionCompleted. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class InspectionEventsTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The records about this inspection (other tests publish to the same topic). */
    private List<ConsumerRecord<String, byte[]>> about(String inspectionId) {
        return KafkaRecords.matching(bootstrapServers, "inspection-events",
                r -> KafkaRecords.valueAsString(r).contains(inspectionId));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return KafkaRecords.header(record, name);
    }

    private static JsonPath json(ConsumerRecord<String, byte[]> record) {
        return JsonPath.from(KafkaRecords.valueAsString(record));
    }

    @Test
    void completingPublishesOneHazardFoundPerFindingAndInspectionCompleted() {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        String first = finding(HEPING, id, lift, "E01");
        String second = finding(HEPING, id, lift, "G02");
        String minor = finding(HEPING, id, lift, "G07");
        String completedAt = as(Tokens.inspector(HEPING)).post("/api/v1/inspections/" + id + "/complete").then()
                .statusCode(200).extract().path("completedAt");
        LocalDate completionDay = OffsetDateTime.parse(completedAt).toLocalDate(); // written at +08:00

        await().atMost(Duration.ofSeconds(30)).until(() -> about(id).size() >= 4);
        List<ConsumerRecord<String, byte[]>> records = about(id);
        Map<String, List<ConsumerRecord<String, byte[]>>> byType = records.stream()
                .collect(Collectors.groupingBy(r -> header(r, "ce_type")));
        assertEquals(Set.of("sed.HazardFound.v1", "sed.InspectionCompleted.v1"), byType.keySet());
        assertEquals(3, byType.get("sed.HazardFound.v1").size());
        assertEquals(1, byType.get("sed.InspectionCompleted.v1").size());

        for (ConsumerRecord<String, byte[]> r : byType.get("sed.HazardFound.v1")) {
            JsonPath json = json(r);
            assertEquals(json.getString("findingId"), r.key(), "keyed by the finding id");
            assertEquals("/inspection-service", header(r, "ce_source"));
            assertNotNull(header(r, "ce_id"));
            assertEquals(r.key(), header(r, "ce_subject"));
            assertEquals(HEPING, json.getString("district"));
            assertEquals(id, json.getString("inspectionId"));
            assertEquals("FOUR_NO_TWO_DIRECT", json.getString("method"));
            assertEquals(unitId, json.getString("unitId"));
            assertEquals("张三", json.getString("unitContactName"));
            assertEquals("13800000000", json.getString("unitContactPhone"));
            assertEquals("RESIDENTIAL_PROPERTY", json.getString("industry"));
            assertEquals(lift, json.getString("equipmentId"));
            assertEquals("3110", json.getString("equipmentCategory"));
            assertEquals("RESIDENTIAL", json.getString("usageEnvironment"));
            assertEquals(2, json.getList("inspectors").size());
            assertNotNull(json.getString("unitUscc"));
            assertNotNull(json.getString("unitName"));
            assertNotNull(json.getString("equipmentCode"));
            assertNotNull(json.getString("foundAt"));
            assertNotNull(json.getString("description"));
        }
        Map<String, JsonPath> byFinding = byType.get("sed.HazardFound.v1").stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> json(r)));
        assertEquals(Set.of(first, second, minor), byFinding.keySet());
        assertEquals("E01", byFinding.get(first).getString("checklistItemCode"));
        assertEquals("门锁回路被短接", byFinding.get(first).getString("hazardStandard"));
        assertEquals("MAJOR", byFinding.get(first).getString("severity"));
        assertEquals("EQUIPMENT_CONDITION", byFinding.get(first).getString("hazardType"));
        assertEquals("INSPECTION_OVERDUE", byFinding.get(second).getString("hazardType"));
        // 整改期限 as the instruction gives it: a general (or major) finding 15 days from the completion, a minor
        // one the day itself
        assertEquals("GENERAL", byFinding.get(second).getString("severity"));
        assertEquals(completionDay.plusDays(15).toString(), byFinding.get(second).getString("rectifyBy"));
        assertEquals(completionDay.plusDays(15).toString(), byFinding.get(first).getString("rectifyBy"));
        assertEquals("MINOR", byFinding.get(minor).getString("severity"));
        assertEquals(completionDay.toString(), byFinding.get(minor).getString("rectifyBy"));

        ConsumerRecord<String, byte[]> completed = byType.get("sed.InspectionCompleted.v1").get(0);
        assertEquals(id, completed.key());
        JsonPath json = json(completed);
        assertEquals(3, json.getInt("findingCount"));
        assertEquals(unitId, json.getString("unitId"));
        assertEquals(HEPING, json.getString("district"));
    }

    @Test
    void rejectedRequestsPublishNothing() {
        String unitId = unit(HEPING);
        String lift = equipment(unitId, "3110");
        String id = startedInspection(HEPING, unitId);
        finding(HEPING, id, lift, "E01");
        // a stale If-Match, then a finding that fails validation: nothing may be published for them
        as(Tokens.inspector(HEPING)).header("If-Match", "\"0\"").post("/api/v1/inspections/" + id + "/complete")
                .then().statusCode(412);
        as(Tokens.inspector(HEPING)).body(Map.of("equipmentId", lift, "checklistItemCode", "B01",
                "description", "x")).post("/api/v1/inspections/" + id + "/findings").then().statusCode(400);
        as(Tokens.inspector(HEPING)).get("/api/v1/inspections/" + id).then()
                .body("status", org.hamcrest.Matchers.equalTo("IN_PROGRESS"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> about(id).isEmpty());
        // the accepted completion publishes once; the rejected second one adds nothing
        as(Tokens.inspector(HEPING)).post("/api/v1/inspections/" + id + "/complete").then().statusCode(200);
        as(Tokens.inspector(HEPING)).post("/api/v1/inspections/" + id + "/complete").then().statusCode(409);
        await().atMost(Duration.ofSeconds(30)).until(() -> about(id).size() >= 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> about(id).size() == 2);
    }
}
