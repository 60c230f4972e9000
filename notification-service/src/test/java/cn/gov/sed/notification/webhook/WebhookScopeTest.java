package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.events.EventType;
import org.junit.jupiter.api.Test;

import static cn.gov.sed.notification.webhook.WebhookScope.departmentMaySubscribe;
import static cn.gov.sed.notification.webhook.WebhookScope.mayReceive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API.md v1.1 "webhook content" (this replaces the v1.0 rule that gave departments inspection events). */
class WebhookScopeTest {
    @Test
    void theCityReceivesEverything() {
        assertTrue(mayReceive(null, null, EventType.HAZARD_REGISTERED, "120101", null));
        assertTrue(mayReceive(null, null, EventType.TASK_COMPLETED, null, null));
        assertTrue(mayReceive(null, null, EventType.ENFORCEMENT_ACTION_TAKEN, "120101", null));
    }

    @Test
    void aDepartmentReceivesOnlyTheHazardsItReported() {
        assertTrue(mayReceive("HOUSING", null, EventType.HAZARD_REGISTERED, "120101", "HOUSING"));
        assertTrue(mayReceive("HOUSING", null, EventType.RECTIFICATION_VERIFIED, "120101", "HOUSING"));
        assertFalse(mayReceive("HOUSING", null, EventType.HAZARD_REGISTERED, "120101", "EDUCATION"));
        assertFalse(mayReceive("HOUSING", null, EventType.HAZARD_OVERDUE, "120101", null));
    }

    @Test
    void aDistrictLevelDepartmentReceivesOnlyItsDistrict() {
        assertTrue(mayReceive("HOUSING", "120101", EventType.HAZARD_REGISTERED, "120101", "HOUSING"));
        assertFalse(mayReceive("HOUSING", "120101", EventType.HAZARD_REGISTERED, "120102", "HOUSING"));
        assertFalse(mayReceive("HOUSING", "120101", EventType.HAZARD_REGISTERED, "120116", "HOUSING"));
    }

    @Test
    void aDepartmentNeverReceivesInspectionEnforcementOrTaskEvents() {
        for (EventType type : EventType.values()) {
            boolean hazardEvent = type.topic().equals("hazard-events");
            assertEquals(hazardEvent, departmentMaySubscribe(type), type.name());
            if (!hazardEvent) {
                assertFalse(mayReceive("HOUSING", null, type, "120101", "HOUSING"), type.name());
                assertFalse(mayReceive("HOUSING", "120101", type, "120101", "HOUSING"), type.name());
            }
        }
    }

    @Test
    void aSubscriptionMayNameEveryEventTypeOnceAndNoMore() {
        assertEquals(EventType.values().length, SubscriptionRequest.MAX_EVENT_TYPES);
    }
}
