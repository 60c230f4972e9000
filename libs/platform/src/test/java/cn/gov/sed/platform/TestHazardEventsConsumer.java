package cn.gov.sed.platform;

import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.platform.inbox.EventHandlers;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.contracts.events.Topics;
import cn.gov.sed.platform.inbox.EventChannels;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Consumes hazard-events in the platform's own tests: records each HazardRemoved it handles; answers "echo" with "echoed". */
@ApplicationScoped
public class TestHazardEventsConsumer {
    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    private final EventHandlers handlers = EventHandlers.create()
            .on(HazardRemoved.class, e -> {
                em.createNativeQuery("INSERT INTO test_handled (hazard_id, ce_id) VALUES (?1, ?2)")
                        .setParameter(1, e.payload().hazardId()).setParameter(2, e.ceId()).executeUpdate();
                if ("echo".equals(e.payload().reason())) {
                    // an event the handler writes in turn (as hazard-service registers a hazard for a HazardFound)
                    outbox.record(new HazardRemoved(e.payload().district(), e.payload().hazardId(), "echoed", null));
                }
            });

    void start(@Observes StartupEvent event, EventChannels channels) {
        channels.consume(Topics.HAZARD_EVENTS, handlers);
    }
}
