package cn.gov.sed.hazard.events;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.Topics;
import cn.gov.sed.hazard.hazard.LinkingEnforcement;
import cn.gov.sed.hazard.hazard.RegisteringFindings;
import cn.gov.sed.platform.inbox.EventChannels;
import cn.gov.sed.platform.inbox.EventHandlers;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * inspection-events → hazards: each finding becomes a hazard, enforcement actions are attached to the hazards
 * they cite. Idempotent by ce_id (inbox) and by finding id (unique); poison messages go to inspection-events.dlq.
 */
@ApplicationScoped
public class InspectionEventsConsumer {
    @Inject
    RegisteringFindings findings;
    @Inject
    LinkingEnforcement enforcement;

    private final EventHandlers handlers = EventHandlers.create()
            .on(HazardFound.class, e -> findings.register(e.payload()))
            .on(EnforcementActionTaken.class, e -> enforcement.link(e.payload()));

    void start(@Observes StartupEvent event, EventChannels channels) {
        channels.consume(Topics.INSPECTION_EVENTS, handlers);
    }
}
