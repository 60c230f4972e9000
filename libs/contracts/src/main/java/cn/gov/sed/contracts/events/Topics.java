package cn.gov.sed.contracts.events;

/** Kafka topics of the suite; poison messages of a topic go to {@code <topic>.dlq}. */
public final class Topics {
    public static final String INSPECTION_EVENTS = "inspection-events";
    public static final String HAZARD_EVENTS = "hazard-events";
    public static final String TASK_EVENTS = "task-events";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
