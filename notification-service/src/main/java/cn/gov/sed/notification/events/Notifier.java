package cn.gov.sed.notification.events;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.notification.channels.QueuingMessages;
import cn.gov.sed.notification.routing.NotificationDraft;
import cn.gov.sed.notification.routing.RoutingRules;
import cn.gov.sed.notification.webhook.QueuingDeliveries;
import cn.gov.sed.platform.inbox.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Turns an event into notifications for the people concerned (once per recipient and event), e-mails and SMS to
 * those of them the channel rules reach that way, and webhook deliveries.
 */
@ApplicationScoped
public class Notifier {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    QueuingDeliveries webhooks;
    @Inject
    QueuingMessages messages;

    /** Runs in the consumer's transaction (with the inbox row of the event). */
    @Transactional
    public void notify(InboundEvent<? extends DomainEvent> event) {
        List<NotificationDraft> drafts = RoutingRules.route(event.payload());
        for (NotificationDraft draft : drafts) {
            // the unique (event_id, recipient_key) keeps one notification per recipient however often it arrives
            em.createNativeQuery("INSERT INTO notification (id, event_id, type, subject, recipient_type, recipient,"
                            + " district, recipient_key, title, body, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT DO NOTHING")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, event.ceId())
                    .setParameter(3, draft.type())
                    .setParameter(4, draft.subject())
                    .setParameter(5, draft.recipient().type().name())
                    .setParameter(6, draft.recipient().recipient())
                    .setParameter(7, draft.recipient().district())
                    .setParameter(8, draft.recipient().key())
                    .setParameter(9, draft.title())
                    .setParameter(10, draft.body())
                    .setParameter(11, Timestamp.from(clock.instant()))
                    .executeUpdate();
        }
        messages.queue(event, drafts); // by e-mail and SMS too, as the city's channel rules say
        webhooks.queue(event); // and to the other systems that subscribed to this event type
    }
}
