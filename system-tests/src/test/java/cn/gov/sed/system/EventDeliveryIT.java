package cn.gov.sed.system;

import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.testing.KafkaRecords;
import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.sed.system.Fixtures.at;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Delivery guarantees against the running system: redelivery does nothing twice, poison goes to the DLQ. */
class EventDeliveryIT {
    private static final String DISTRICT = "120116";

    @Test
    void sameHazardFoundDeliveredTwiceMakesOneHazard() throws Exception {
        String uscc = Fixtures.newCreditCode(DISTRICT);
        HazardFound event = hazardFound(uscc);
        String ceId = UUID.randomUUID().toString();
        send(event.findingId().toString(), ceId, EventJson.write(event));
        send(event.findingId().toString(), ceId, EventJson.write(event));                          // redelivery
        send(event.findingId().toString(), UUID.randomUUID().toString(), EventJson.write(event));  // replay, new ce_id
        String marker = Fixtures.newCreditCode(DISTRICT);
        HazardFound later = hazardFound(marker);
        send(later.findingId().toString(), UUID.randomUUID().toString(), EventJson.write(later));

        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                at("hazard-service", Tokens.city()).queryParam("unitUscc", marker).get("/api/v1/hazards")
                        .then().statusCode(200).body("total", equalTo(1)));
        at("hazard-service", Tokens.city()).queryParam("unitUscc", uscc).get("/api/v1/hazards")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicAndTheNextIsHandled() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        send(poisonKey, UUID.randomUUID().toString(), "{\"district\":\"120116\",\"findingId\":".getBytes(StandardCharsets.UTF_8));
        String uscc = Fixtures.newCreditCode(DISTRICT);
        HazardFound good = hazardFound(uscc);
        send(good.findingId().toString(), UUID.randomUUID().toString(), EventJson.write(good));

        await().atMost(RunningSuite.patience()).untilAsserted(() ->
                at("hazard-service", Tokens.city()).queryParam("unitUscc", uscc).get("/api/v1/hazards")
                        .then().statusCode(200).body("total", equalTo(1)));
        await().atMost(RunningSuite.patience()).until(() ->
                !KafkaRecords.withKey(RunningSuite.get().bootstrapServers(), "inspection-events.dlq", poisonKey).isEmpty());
        var dead = KafkaRecords.withKey(RunningSuite.get().bootstrapServers(), "inspection-events.dlq", poisonKey).get(0);
        assertTrue(KafkaRecords.header(dead, "dead-letter-reason") != null, "the reason travels with the message");
    }

    private static HazardFound hazardFound(String uscc) {
        return new HazardFound(DISTRICT, UUID.randomUUID(), UUID.randomUUID(), InspectionMethod.SURPRISE,
                OffsetDateTime.now(ZoneOffset.ofHours(8)), UUID.randomUUID(), uscc, "滨海测试物流有限公司", "赵安全",
                "13900000000", "PORT_LOGISTICS", UUID.randomUUID(), "425012001201800001", "4250", UsageEnvironment.PORT,
                "C02", "起重量限制器、起重力矩限制器、防坠安全器缺失或失效", Severity.MAJOR, HazardType.EQUIPMENT_CONDITION,
                "岸桥起重量限制器失效", List.of(new InspectorRef("王建国", "TJ0001"), new InspectorRef("李明", "TJ0002")),
                LocalDate.now(ZoneOffset.ofHours(8)).plusDays(15));
    }

    private static void send(String key, String ceId, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningSuite.get().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("inspection-events", key, value);
            record.headers().add(new RecordHeader("ce_id", ceId.getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader("ce_type", EventType.HAZARD_FOUND.ceType().getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader("ce_source", "/inspection-service".getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader("content-type", "application/json".getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }
}
