package cn.gov.sed.contracts;

import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventJsonTest {
    @Test
    void roundTripKeepsOffsetAndDates() {
        RectificationVerified event = new RectificationVerified("120101", UUID.randomUUID(),
                OffsetDateTime.parse("2026-11-28T10:15:30+08:00"), "张三", "91120101MA05K3XQ1F", Severity.MAJOR);
        String json = new String(EventJson.write(event), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"verifiedAt\":\"2026-11-28T10:15:30+08:00\""), json);
        assertEquals(event, EventJson.read(json.getBytes(StandardCharsets.UTF_8), RectificationVerified.class));
    }

    @Test
    void ceTypeAndTopicFollowTheCatalogue() {
        HazardRegistered event = new HazardRegistered("120116", UUID.randomUUID(), Severity.GENERAL,
                HazardStatus.LISTED, "91120116MA00000001", "某物业", "3110", HazardType.EQUIPMENT_CONDITION,
                LocalDate.of(2026, 12, 13), HazardSource.INSPECTION, null);
        assertEquals("sed.HazardRegistered.v1", event.eventType().ceType());
        assertEquals("/hazard-service", event.eventType().ceSource());
        assertEquals("hazard-events", event.eventType().topic());
        assertEquals(EventType.HAZARD_REGISTERED, EventType.byCeType("sed.HazardRegistered.v1").orElseThrow());
    }

    @Test
    void missingRequiredFieldOrUnknownEnumBreaksTheContract() {
        assertThrows(IllegalArgumentException.class,
                () -> EventJson.read("{\"district\":\"120101\"}".getBytes(), RectificationVerified.class));
        String unknownSeverity = "{\"district\":\"120101\",\"hazardId\":\"" + UUID.randomUUID()
                + "\",\"verifiedAt\":\"2026-11-28T10:15:30+08:00\",\"severity\":\"HUGE\"}";
        assertThrows(IllegalArgumentException.class,
                () -> EventJson.read(unknownSeverity.getBytes(), RectificationVerified.class));
        assertThrows(IllegalArgumentException.class, () -> EventJson.read("not json".getBytes(),
                RectificationVerified.class));
    }
}
