package cn.gov.sed.inspection.enforcement;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.sed.inspection.Fixtures.HEDONG;
import static cn.gov.sed.inspection.Fixtures.HEPING;
import static cn.gov.sed.inspection.Fixtures.as;
import static cn.gov.sed.inspection.Fixtures.unit;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class EnforcementResourceTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String admin() {
        return Tokens.districtAdmin(HEPING);
    }

    static Map<String, Object> penalty(String decisionNumber, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PENALTY");
        body.put("reason", "电梯超期未检继续使用");
        body.put("legalBasis", "《中华人民共和国特种设备安全法》第八十四条");
        body.put("amount", amount);
        body.put("decisionNumber", decisionNumber);
        body.put("hazardIds", List.of(UUID.randomUUID().toString()));
        return body;
    }

    private static Map<String, Object> blacklist(String decisionNumber) {
        return new HashMap<>(Map.of("type", "BLACKLIST", "reason", "拒不整改", "decisionNumber", decisionNumber));
    }

    private static int actionsOf(String unitId) {
        return as(Tokens.city()).get("/api/v1/units/" + unitId).then().statusCode(200)
                .extract().jsonPath().getList("enforcementActions").size();
    }

    @Test
    void aPenaltyIsRecordedWithItsAmountInTwoDecimals() {
        String unitId = unit(HEPING);
        String hazard = UUID.randomUUID().toString().toUpperCase();
        Map<String, Object> body = penalty("津和市监罚〔2026〕1号", "20000");
        body.put("hazardIds", List.of(hazard));
        String id = as(admin()).body(body).post("/api/v1/units/" + unitId + "/enforcement-actions")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/enforcement-actions/"))
                .body("type", equalTo("PENALTY"))
                .body("amount", equalTo("20000.00"))
                .body("hazardIds", equalTo(List.of(hazard)))
                .body("district", equalTo(HEPING))
                .extract().path("id");
        as(Tokens.city()).get("/api/v1/enforcement-actions/" + id).then().statusCode(200)
                .body("decisionNumber", equalTo("津和市监罚〔2026〕1号"));
        as(Tokens.city()).get("/api/v1/units/" + unitId).then()
                .body("enforcementActions", hasSize(1)).body("enforcementActions[0].id", equalTo(id))
                .body("blacklisted", equalTo(false));
    }

    @Test
    void badActionsAreRejectedAndChangeNothing() {
        String unitId = unit(HEPING);
        String path = "/api/v1/units/" + unitId + "/enforcement-actions";
        as(admin()).body(penalty("罚1", null)).post(path).then().statusCode(400)
                .body("violations.field", hasItem("amount"));
        as(admin()).body(penalty("罚1", "-5")).post(path).then().statusCode(400).body("violations.field", hasItem("amount"));
        as(admin()).body(penalty("罚1", "12.345")).post(path).then().statusCode(400);
        Map<String, Object> body = penalty("罚1", "100");
        body.put("hazardIds", List.of("not-a-uuid"));
        as(admin()).body(body).post(path).then().statusCode(400).body("violations.field", hasItem("hazardIds[0]"));
        body = penalty("罚1", "100");
        body.put("type", "SCOLD");
        as(admin()).body(body).post(path).then().statusCode(400);
        body = penalty("罚1", "100");
        body.put("type", "BLACKLIST_LIFTED");
        as(admin()).body(body).post(path).then().statusCode(400).body("violations.field", hasItem("type"));
        body = penalty("罚1", "100");
        body.remove("reason");
        as(admin()).body(body).post(path).then().statusCode(400).body("violations.field", hasItem("reason"));
        // blacklisting needs the decision number of a penalty of this unit
        as(admin()).body(blacklist("罚1")).post(path).then().statusCode(400)
                .body("violations.field", hasItem("decisionNumber"));
        assertEquals(0, actionsOf(unitId));
        as(Tokens.city()).get("/api/v1/units/" + unitId).then().body("blacklisted", equalTo(false));
    }

    @Test
    void onlyTheDistrictAdminOfTheUnitsDistrictActs() {
        String unitId = unit(HEPING);
        String path = "/api/v1/units/" + unitId + "/enforcement-actions";
        as(Tokens.districtAdmin(HEDONG)).body(penalty("罚2", "1")).post(path).then().statusCode(404);
        as(Tokens.city()).body(penalty("罚2", "1")).post(path).then().statusCode(403);
        as(Tokens.inspector(HEPING)).body(penalty("罚2", "1")).post(path).then().statusCode(403);
        as(admin()).body(penalty("罚2", "1")).post("/api/v1/units/" + UUID.randomUUID() + "/enforcement-actions")
                .then().statusCode(404);
        assertEquals(0, actionsOf(unitId));
    }

    @Test
    void blacklistingNeedsAPenaltyAndCreditRepairLiftsIt() {
        String unitId = unit(HEPING);
        String path = "/api/v1/units/" + unitId + "/enforcement-actions";
        String otherUnit = unit(HEPING);
        as(admin()).body(penalty("津和罚〔2026〕7号", "5000.5")).post("/api/v1/units/" + otherUnit + "/enforcement-actions")
                .then().statusCode(201);
        // another unit's penalty does not count
        as(admin()).body(blacklist("津和罚〔2026〕7号")).post(path).then().statusCode(400);
        as(admin()).post("/api/v1/units/" + unitId + "/credit-repair").then().statusCode(400);
        as(admin()).body(Map.of("reason", "已整改", "decisionNumber", "修复1")).post("/api/v1/units/" + unitId
                + "/credit-repair").then().statusCode(409).body("type", equalTo("/problems/illegal-transition"))
                .body("currentStatus", equalTo("NORMAL"));

        as(admin()).body(penalty("津和罚〔2026〕8号", "5000")).post(path).then().statusCode(201);
        as(admin()).body(blacklist("津和罚〔2026〕8号")).post(path).then().statusCode(201)
                .body("type", equalTo("BLACKLIST")).body("amount", nullValue());
        as(Tokens.city()).get("/api/v1/units/" + unitId).then().body("blacklisted", equalTo(true));
        String uscc = as(Tokens.city()).get("/api/v1/units/" + unitId).then().extract().path("uscc");
        as(Tokens.city()).queryParam("blacklisted", "true").queryParam("q", uscc).get("/api/v1/units").then()
                .body("items.id", equalTo(List.of(unitId)));
        as(admin()).body(blacklist("津和罚〔2026〕8号")).post(path).then().statusCode(409)
                .body("currentStatus", equalTo("BLACKLISTED"));

        as(admin()).body(Map.of("reason", "已整改并公示", "decisionNumber", "津和信修〔2026〕1号"))
                .post("/api/v1/units/" + unitId + "/credit-repair").then().statusCode(200)
                .body("blacklisted", equalTo(false))
                .body("enforcementActions.type", hasItem("BLACKLIST_LIFTED"));
        as(Tokens.city()).queryParam("unitId", unitId).queryParam("type", "BLACKLIST_LIFTED")
                .get("/api/v1/enforcement-actions").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void listsAreScopedAndFiltered() {
        String heping = unit(HEPING);
        String hedong = unit(HEDONG);
        as(admin()).body(penalty("罚H1", "1")).post("/api/v1/units/" + heping + "/enforcement-actions").then()
                .statusCode(201);
        String foreignAction = as(Tokens.districtAdmin(HEDONG)).body(penalty("罚D1", "1"))
                .post("/api/v1/units/" + hedong + "/enforcement-actions").then().statusCode(201).extract().path("id");
        as(admin()).queryParam("unitId", heping).get("/api/v1/enforcement-actions").then().statusCode(200)
                .body("total", equalTo(1));
        as(admin()).queryParam("unitId", hedong).get("/api/v1/enforcement-actions").then().body("total", equalTo(0));
        as(admin()).get("/api/v1/enforcement-actions/" + foreignAction).then().statusCode(404);
        as(admin()).queryParam("district", HEDONG).get("/api/v1/enforcement-actions").then().statusCode(403);
        as(Tokens.city()).queryParam("unitId", heping).queryParam("type", "PENALTY").queryParam("from", "2000-01-01")
                .queryParam("to", "2999-12-31").get("/api/v1/enforcement-actions").then().body("total", equalTo(1));
        as(Tokens.city()).queryParam("unitId", heping).queryParam("from", "2999-01-01")
                .get("/api/v1/enforcement-actions").then().body("total", equalTo(0));
        as(Tokens.city()).queryParam("type", "SCOLD").get("/api/v1/enforcement-actions").then().statusCode(400);
    }

    @Test
    void actionsArePublishedAsEnforcementActionTaken() {
        String unitId = unit(HEPING);
        String path = "/api/v1/units/" + unitId + "/enforcement-actions";
        as(admin()).body(penalty("津和罚〔2026〕9号", "300")).post(path).then().statusCode(201);
        as(admin()).body(blacklist("津和罚〔2026〕9号")).post(path).then().statusCode(201);
        as(admin()).body(Map.of("reason", "已整改", "decisionNumber", "修复9"))
                .post("/api/v1/units/" + unitId + "/credit-repair").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaRecords.withKey(bootstrapServers,
                "inspection-events", unitId).size() >= 3);
        List<ConsumerRecord<String, byte[]>> mine = KafkaRecords.withKey(bootstrapServers, "inspection-events", unitId);
        assertEquals(List.of("PENALTY", "BLACKLIST", "BLACKLIST_LIFTED"),
                mine.stream().map(r -> JsonPath.from(KafkaRecords.valueAsString(r)).getString("type")).toList());
        ConsumerRecord<String, byte[]> first = mine.get(0);
        assertEquals("sed.EnforcementActionTaken.v1", KafkaRecords.header(first, "ce_type"));
        JsonPath json = JsonPath.from(KafkaRecords.valueAsString(first));
        assertEquals("300.00", json.getString("amount"));
        assertEquals(HEPING, json.getString("district"));
        assertEquals(1, json.getList("hazardIds").size());
    }
}
