package cn.gov.sed.platform.inbox;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventType;

/**
 * A consumed event with its CloudEvents attributes, the typed payload, and the payload's bytes as received
 * ({@code body}), so that a forwarder (webhooks) passes on fields a newer producer added that the typed
 * record does not know.
 */
public record InboundEvent<T extends DomainEvent>(String ceId, EventType type, String ceSource, String ceTime,
                                                  String ceSubject, T payload, byte[] body) {
}
