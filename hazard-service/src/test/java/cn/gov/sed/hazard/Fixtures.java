package cn.gov.sed.hazard;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.testing.KafkaRecords;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Test data shared by the test classes: valid credit codes, events and what was published on Kafka (through the
 * suite's {@link KafkaRecords}; events are sent with {@link cn.gov.sed.testing.KafkaEvents}), hazards made through HTTP.
 */
public final class Fixtures {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /** A fresh, valid 统一社会信用代码, so each test has units of its own. */
    public static String uscc() {
        StringBuilder code = new StringBuilder("91");
        for (int i = 0; i < 15; i++) {
            code.append(CreditCode.alphabet().charAt(RANDOM.nextInt(CreditCode.alphabet().length())));
        }
        return CreditCode.withCheckCharacter(code.toString());
    }

    public static HazardFound found(String district, String uscc, Severity severity, String checklistItem,
                                    OffsetDateTime foundAt) {
        return new HazardFound(district, UUID.randomUUID(), UUID.randomUUID(), InspectionMethod.FOUR_NO_TWO_DIRECT,
                foundAt, UUID.randomUUID(), uscc, "测试单位" + uscc.substring(12), "李四", "13800000000",
                "RESIDENTIAL_PROPERTY", UUID.randomUUID(), "311012345202600001", "3110", UsageEnvironment.RESIDENTIAL,
                checklistItem, "未办理使用登记即投入使用", severity, HazardType.MANAGEMENT_SYSTEM, "电梯未登记",
                List.of(new InspectorRef("王五", "TS-001"), new InspectorRef("赵六", "TS-002")),
                foundAt.toLocalDate().plusDays(15));
    }

    public static HazardFound found(String district, String uscc, Severity severity) {
        return found(district, uscc, severity, "G01", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1));
    }

    /**
     * The payloads of the events of {@code type} about {@code aggregateId} on the broker now, oldest first (one
     * aggregate's events share a key, so a partition: their order is the order they were published in).
     */
    public static List<JsonNode> events(String bootstrap, EventType type, String aggregateId) {
        return KafkaRecords.withKey(bootstrap, type.topic(), aggregateId).stream()
                .filter(r -> type.ceType().equals(KafkaRecords.header(r, "ce_type")))
                .map(r -> json(r.value())).toList();
    }

    /** Waits until there are at least {@code count} such events and returns them all. */
    public static List<JsonNode> awaitEvents(String bootstrap, EventType type, String aggregateId, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> events(bootstrap, type, aggregateId).size() >= count);
        return events(bootstrap, type, aggregateId);
    }

    public static JsonNode json(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the unit has {@code count} hazards and returns their ids (oldest found first). */
    public static List<String> awaitHazardsOfUnit(String uscc, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.city())
                .queryParam("unitUscc", uscc).get("/api/v1/hazards").then().extract().<Integer>path("total") >= count);
        return given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).queryParam("sort", "foundAt,asc")
                .queryParam("size", 200).get("/api/v1/hazards").then().statusCode(200).extract().path("items.id");
    }

    /** A department-style report by the district's inspector: REPORTED. Returns the hazard id. */
    public static String report(String district, String uscc) {
        return given().auth().oauth2(Tokens.inspector(district)).contentType(ContentType.JSON)
                .body(Map.of("district", district, "unitUscc", uscc, "unitName", "测试单位", "equipmentCategory", "3110",
                        "description", "电梯门锁回路短接", "foundAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).toString()))
                .post("/api/v1/hazards").then().statusCode(201).extract().path("id");
    }

    /** A reported and classified hazard: LISTED (GENERAL/MAJOR) or RECORDED (MINOR). */
    public static String listed(String district, String uscc, Severity severity) {
        String id = report(district, uscc);
        given().auth().oauth2(Tokens.inspector(district)).contentType(ContentType.JSON)
                .body(Map.of("specialEquipmentHazard", true, "severity", severity.name(), "hazardType", "EQUIPMENT_CONDITION",
                        "reason", "电梯安全保护装置失效"))
                .post("/api/v1/hazards/" + id + "/classification").then().statusCode(200);
        return id;
    }

    /** A valid five-point plan due in {@code days} days. */
    public static Map<String, Object> plan(int days) {
        return Map.of("responsiblePerson", "张三", "measures", "更换门锁并恢复安全回路", "funds", "20000",
                "deadline", java.time.LocalDate.now(cn.gov.sed.contracts.vocabulary.Zones.SHANGHAI).plusDays(days).toString(),
                "contingencyPlan", "停梯并张贴告示");
    }

    /** A tiny valid PNG for evidence uploads. */
    public static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
