package cn.gov.sed.task.events;

import cn.gov.sed.contracts.events.Topics;
import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.platform.inbox.EventChannels;
import cn.gov.sed.platform.inbox.EventHandlers;
import cn.gov.sed.task.battlemap.HazardTallies;
import cn.gov.sed.task.supervision.ListedSupervision;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * hazard-events → listed supervision (挂牌督办) tasks and the hazard figures of the battle map. Idempotent by
 * ce_id (the platform inbox) and by hazard id (one task and one tally row per hazard).
 */
@ApplicationScoped
public class HazardEventsConsumer {
    @Inject
    ListedSupervision supervision;
    @Inject
    HazardTallies tallies;

    private final EventHandlers handlers = EventHandlers.create()
            .on(HazardRegistered.class, e -> {
                tallies.registered(e.payload());
                supervision.open(e.payload(), e.ceTime());
            })
            .on(RectificationPlanned.class, e -> {
                tallies.planned(e.payload());
                supervision.planned(e.payload());
            })
            .on(RectificationVerified.class, e -> {
                tallies.verified(e.payload());
                supervision.verified(e.payload());
            })
            .on(HazardOverdue.class, e -> tallies.overdue(e.payload()));

    void start(@Observes StartupEvent event, EventChannels channels) {
        channels.consume(Topics.HAZARD_EVENTS, handlers); // inbox + effect in one transaction; poison → hazard-events.dlq
    }
}
