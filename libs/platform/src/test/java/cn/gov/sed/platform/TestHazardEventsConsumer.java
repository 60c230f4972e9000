package cn.gov.sed.platform;

import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.platform.inbox.EventConsumer;
import cn.gov.sed.platform.inbox.EventHandlers;
import cn.gov.sed.platform.outbox.Outbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes hazard-events in the platform's own tests: records each HazardRemoved it handles; answers "echo" with "echoed". */
@ApplicationScoped
public class TestHazardEventsConsumer {
    @Inject
    EventConsumer consumer;
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

    @Incoming("hazard-events")
    @Blocking(ordered = true)
    public void onEvent(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handlers);
    }
}
