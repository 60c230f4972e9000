package cn.gov.sed.hazard;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/** Test data shared by the test classes: valid credit codes, events on Kafka, hazards made through HTTP. */
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

    /** Sends an event as inspection-service does (CloudEvents binary mode, key = aggregate id). */
    public static void send(KafkaCompanion kafka, DomainEvent event, String ceId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader("ce_id", ceId.getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader("ce_type", event.eventType().ceType().getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader("ce_source", event.eventType().ceSource().getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader("ce_subject", event.aggregateId().getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader("content-type", "application/json".getBytes(StandardCharsets.UTF_8)));
        sendRaw(kafka, event.eventType().topic(), event.aggregateId(), EventJson.write(event), headers);
    }

    public static void sendRaw(KafkaCompanion kafka, String topic, String key, byte[] value, RecordHeaders headers) {
        kafka.produce(String.class, byte[].class)
                .fromRecords(new ProducerRecord<>(topic, null, key, value, headers))
                .awaitCompletion(Duration.ofSeconds(20));
    }

    /** Reads a topic from its beginning, in the background, until stopped. */
    public static ConsumerTask<String, byte[]> read(KafkaCompanion kafka, String topic) {
        return kafka.consume(String.class, byte[].class).withGroupId("test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(topic);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The payloads of the events {@code eventName} (e.g. HazardRegistered) about {@code aggregateId}. */
    public static List<JsonNode> events(ConsumerTask<String, byte[]> task, String eventName, String aggregateId) {
        return task.getRecords().stream()
                .filter(r -> aggregateId.equals(r.key()) && ("sed." + eventName + ".v1").equals(header(r, "ce_type")))
                .map(r -> json(r.value())).toList();
    }

    public static List<JsonNode> awaitEvents(ConsumerTask<String, byte[]> task, String eventName, String aggregateId,
                                             int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> events(task, eventName, aggregateId).size() >= count);
        return events(task, eventName, aggregateId);
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
