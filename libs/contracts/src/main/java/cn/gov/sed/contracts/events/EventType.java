package cn.gov.sed.contracts.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event catalogue of API.md: name, topic, producing service and payload class.
 * {@code ce_type} is {@code sed.<EventName>.v<major>}; {@code ce_source} is {@code /<service>}.
 */
public enum EventType {
    INSPECTION_COMPLETED(InspectionCompleted.class, Topics.INSPECTION_EVENTS, "inspection-service"),
    HAZARD_FOUND(HazardFound.class, Topics.INSPECTION_EVENTS, "inspection-service"),
    ENFORCEMENT_ACTION_TAKEN(EnforcementActionTaken.class, Topics.INSPECTION_EVENTS, "inspection-service"),
    HAZARD_REGISTERED(HazardRegistered.class, Topics.HAZARD_EVENTS, "hazard-service"),
    HAZARD_REMOVED(HazardRemoved.class, Topics.HAZARD_EVENTS, "hazard-service"),
    RECTIFICATION_PLANNED(RectificationPlanned.class, Topics.HAZARD_EVENTS, "hazard-service"),
    RECTIFICATION_SUBMITTED(RectificationSubmitted.class, Topics.HAZARD_EVENTS, "hazard-service"),
    RECTIFICATION_VERIFIED(RectificationVerified.class, Topics.HAZARD_EVENTS, "hazard-service"),
    RECTIFICATION_REJECTED(RectificationRejected.class, Topics.HAZARD_EVENTS, "hazard-service"),
    HAZARD_OVERDUE(HazardOverdue.class, Topics.HAZARD_EVENTS, "hazard-service"),
    RECTIFICATION_DUE_TOMORROW(RectificationDueTomorrow.class, Topics.HAZARD_EVENTS, "hazard-service"),
    TASK_ASSIGNED(TaskAssigned.class, Topics.TASK_EVENTS, "task-service"),
    MILESTONE_OVERDUE(MilestoneOverdue.class, Topics.TASK_EVENTS, "task-service"),
    MILESTONE_DUE_TOMORROW(MilestoneDueTomorrow.class, Topics.TASK_EVENTS, "task-service"),
    TASK_COMPLETED(TaskCompleted.class, Topics.TASK_EVENTS, "task-service");

    /** Major version of every payload in this catalogue. */
    public static final int MAJOR_VERSION = 1;

    private final Class<? extends DomainEvent> payloadClass;
    private final String topic;
    private final String service;

    EventType(Class<? extends DomainEvent> payloadClass, String topic, String service) {
        this.payloadClass = payloadClass;
        this.topic = topic;
        this.service = service;
    }

    /** The event name of API.md, e.g. {@code HazardFound}: webhook event types and inbox types use it. */
    public String eventName() {
        return payloadClass.getSimpleName();
    }

    public String ceType() {
        return "sed." + eventName() + ".v" + MAJOR_VERSION;
    }

    public String ceSource() {
        return "/" + service;
    }

    public String topic() {
        return topic;
    }

    public String service() {
        return service;
    }

    public Class<? extends DomainEvent> payloadClass() {
        return payloadClass;
    }

    public static EventType of(Class<?> payloadClass) {
        return Arrays.stream(values()).filter(t -> t.payloadClass == payloadClass).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an event of the catalogue: " + payloadClass));
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType().equals(ceType)).findFirst();
    }

    public static Optional<EventType> byName(String eventName) {
        return Arrays.stream(values()).filter(t -> t.eventName().equals(eventName)).findFirst();
    }
}
