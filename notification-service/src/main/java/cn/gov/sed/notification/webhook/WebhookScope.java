package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.Topics;

/**
 * What a subscriber may receive, by the same rules as what it may see (API.md): the city everything; a department
 * only the events of its district when it has one, and of hazards only those it reported itself.
 */
public final class WebhookScope {
    private WebhookScope() {
    }

    /**
     * @param reportingDepartment the department that reported the hazard a hazard event is about (null when none
     *                            or not a hazard event)
     */
    public static boolean mayReceive(String ownerDepartment, String ownerDistrict, EventType type, String district,
                                     String reportingDepartment) {
        if (ownerDepartment == null) {
            return true; // the city
        }
        if (ownerDistrict != null && !ownerDistrict.equals(district)) {
            return false;
        }
        if (type.topic().equals(Topics.HAZARD_EVENTS)) {
            return ownerDepartment.equals(reportingDepartment);
        }
        return true;
    }
}
