package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.events.EventType;
import org.junit.jupiter.api.Test;

import static cn.gov.sed.notification.webhook.WebhookScope.mayReceive;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookScopeTest {
    @Test
    void theCityReceivesEverything() {
        assertTrue(mayReceive(null, null, EventType.HAZARD_REGISTERED, "120101", null));
        assertTrue(mayReceive(null, null, EventType.TASK_COMPLETED, null, null));
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
        assertTrue(mayReceive("HOUSING", "120101", EventType.INSPECTION_COMPLETED, "120101", null));
        assertFalse(mayReceive("HOUSING", "120101", EventType.INSPECTION_COMPLETED, "120102", null));
        assertFalse(mayReceive("HOUSING", "120101", EventType.HAZARD_REGISTERED, "120102", "HOUSING"));
        assertTrue(mayReceive("HOUSING", null, EventType.ENFORCEMENT_ACTION_TAKEN, "120116", null));
    }
}
