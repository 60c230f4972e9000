package cn.gov.sed.contracts.events;

/**
 * A fact one service tells the others through Kafka. Each event carries what its consumers need
 * (so nobody calls back) and the district it belongs to (null only for city-wide tasks).
 */
public interface DomainEvent {
    /** The aggregate the event is about: the Kafka record key and the CloudEvents subject. */
    String aggregateId();

    String district();

    default EventType eventType() {
        return EventType.of(getClass());
    }
}
