package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.Topics;

/**
 * What a subscriber may receive, by the same rules as what it may read through the API (API.md v1.1 "webhook
 * content"): the city everything; a department only hazard events, of hazards it reported itself, and of its
 * district when it has one. Never inspection, enforcement or task events: a department does not read those.
 */
public final class WebhookScope {
    private WebhookScope() {
    }

    /** Whether a department may subscribe to {@code type} at all (else 400 at registration). */
    public static boolean departmentMaySubscribe(EventType type) {
        return type.topic().equals(Topics.HAZARD_EVENTS);
    }

    /**
     * @param ownerDepartment     the subscribing department, null for the city
     * @param ownerDistrict       the department's district, null for a city-level department
     * @param district            the event's district
     * @param reportingDepartment the department that reported the hazard a hazard event is about (null when none
     *                            or not a hazard event)
     */
    public static boolean mayReceive(String ownerDepartment, String ownerDistrict, EventType type, String district,
                                     String reportingDepartment) {
        if (ownerDepartment == null) {
            return true; // the city
        }
        if (!departmentMaySubscribe(type)) {
            return false;
        }
        if (ownerDistrict != null && !ownerDistrict.equals(district)) {
            return false;
        }
        return ownerDepartment.equals(reportingDepartment);
    }
}
