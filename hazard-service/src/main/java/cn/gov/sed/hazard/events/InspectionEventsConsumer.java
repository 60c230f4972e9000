package cn.gov.sed.hazard.events;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.hazard.hazard.LinkingEnforcement;
import cn.gov.sed.hazard.hazard.RegisteringFindings;
import cn.gov.sed.platform.inbox.EventConsumer;
import cn.gov.sed.platform.inbox.EventHandlers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * inspection-events → hazards: each finding becomes a hazard, enforcement actions are attached to the hazards
 * they cite. Idempotent by ce_id (inbox) and by finding id (unique); poison messages go to inspection-events.dlq.
 */
@ApplicationScoped
public class InspectionEventsConsumer {
    @Inject
    EventConsumer consumer;
    @Inject
    RegisteringFindings findings;
    @Inject
    LinkingEnforcement enforcement;

    private EventHandlers handlers;

    @Incoming("inspection-events")
    @Blocking(ordered = true)
    public void onEvent(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handlers());
    }

    private EventHandlers handlers() {
        if (handlers == null) {
            handlers = EventHandlers.create()
                    .on(HazardFound.class, e -> findings.register(e.payload()))
                    .on(EnforcementActionTaken.class, e -> enforcement.link(e.payload()));
        }
        return handlers;
    }
}
