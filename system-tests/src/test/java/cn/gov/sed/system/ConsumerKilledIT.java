package cn.gov.sed.system;

import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.sed.system.Fixtures.at;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The consumer killed mid-stream: hazard-service is killed (SIGKILL) while a burst of HazardFound events is
 * being handled and started again. Offsets are committed only after the effect and the effect is idempotent,
 * so every finding ends up as exactly one hazard: nothing lost, nothing twice.
 */
class ConsumerKilledIT {
    private static final String DISTRICT = "120110";
    private static final int EVENTS = 60;

    @Test
    void everyFindingBecomesExactlyOneHazardAcrossAKill() throws Exception {
        List<String> usccs = new ArrayList<>();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningSuite.get().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < EVENTS; i++) {
                String uscc = Fixtures.newCreditCode(DISTRICT);
                usccs.add(uscc);
                HazardFound event = new HazardFound(DISTRICT, UUID.randomUUID(), UUID.randomUUID(),
                        InspectionMethod.ROUTINE, OffsetDateTime.now(ZoneOffset.ofHours(8)), UUID.randomUUID(), uscc,
                        "东丽测试单位" + i, "孙安全", "13700000000", "MANUFACTURING", UUID.randomUUID(),
                        "411012001201900001", "4110", UsageEnvironment.FACTORY, "G08", "未按规定进行日常维护保养或无保养记录",
                        Severity.GENERAL, HazardType.OPERATING_PROCEDURE, "无保养记录",
                        List.of(new InspectorRef("王建国", "TJ0001"), new InspectorRef("李明", "TJ0002")),
                        LocalDate.now(ZoneOffset.ofHours(8)).plusDays(15));
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("inspection-events",
                        event.findingId().toString(), EventJson.write(event));
                record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", EventType.HAZARD_FOUND.ceType().getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_source", "/inspection-service".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
        // kill it while the burst is being handled
        await().atMost(Duration.ofSeconds(30)).until(() ->
                at("hazard-service", Tokens.city()).queryParam("unitUscc", usccs.get(0)).get("/api/v1/hazards")
                        .then().extract().<Integer>path("total") == 1);
        RunningSuite.get().killAndRestart("hazard-service");

        for (String uscc : usccs) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    at("hazard-service", Tokens.city()).queryParam("unitUscc", uscc).get("/api/v1/hazards")
                            .then().statusCode(200).body("total", equalTo(1)));
        }
    }
}
