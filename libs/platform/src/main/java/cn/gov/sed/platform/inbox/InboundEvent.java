package cn.gov.sed.platform.inbox;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventType;

/** A consumed event with its CloudEvents attributes. */
public record InboundEvent<T extends DomainEvent>(String ceId, EventType type, String ceSource, String ceTime,
                                                  String ceSubject, T payload) {
}
