package cn.gov.sed.notification.channels;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.notification.contacts.Contact;
import cn.gov.sed.notification.routing.ChannelRules;
import cn.gov.sed.notification.routing.EditingChannelRules;
import cn.gov.sed.notification.routing.NotificationDraft;
import cn.gov.sed.notification.routing.Recipient;
import cn.gov.sed.notification.routing.RecipientType;
import cn.gov.sed.platform.inbox.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records the e-mails and SMS an event owes its recipients, in the consumer's transaction: before anything is sent,
 * once per recipient, channel and event however often the event arrives, under its ce_id or another (the unique
 * key on the event's content and {@code ON CONFLICT DO NOTHING}). The {@link ChannelDispatcher} sends them. The text is rendered here, so what the desk lists is what went
 * out.
 */
@ApplicationScoped
public class QueuingMessages {
    private static final Logger LOG = Logger.getLogger(QueuingMessages.class);

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    EditingChannelRules rules;
    @Inject
    UnitContacts units;
    @Inject
    MessageTexts texts;
    @Inject
    SmsGateway sms;

    @ConfigProperty(name = "sed.sms.quiet-hours.start", defaultValue = "22:00")
    LocalTime quietStart;
    @ConfigProperty(name = "sed.sms.quiet-hours.end", defaultValue = "07:00")
    LocalTime quietEnd;
    @ConfigProperty(name = "sed.sms.quiet-hours.zone", defaultValue = "Asia/Shanghai")
    ZoneId quietZone;

    /** How a recipient is reached: its addresses and the channels it accepts. */
    record Reach(String email, String phone, Set<MessageChannel> accepted) {
        static final Reach NONE = new Reach(null, null, EnumSet.noneOf(MessageChannel.class));
    }

    @Transactional
    public void queue(InboundEvent<? extends DomainEvent> event, List<NotificationDraft> drafts) {
        DomainEvent payload = event.payload();
        units.remember(payload);
        if (drafts.isEmpty()) {
            return; // nobody to tell (HazardFound, most events): no rule is read
        }
        String type = event.type().eventName();
        Set<MessageChannel> byRule = ChannelRules.byRule(rules.byKey(), type, ChannelRules.grade(payload));
        if (byRule.isEmpty()) {
            return;
        }
        boolean major = ChannelRules.major(payload);
        String eventKey = type + ":" + sha256(EventJson.write(payload));
        Instant now = clock.instant();
        QuietHours quiet = new QuietHours(quietStart, quietEnd, quietZone);
        for (NotificationDraft draft : drafts) {
            Reach reach = reach(draft.recipient());
            Set<MessageChannel> channels = ChannelRules.forRecipient(byRule, reach.accepted(), reach.email(),
                    reach.phone());
            if (channels.isEmpty()) {
                continue;
            }
            Map<String, Object> facts = texts.facts(payload, draft,
                    units.find(draft.recipient().type() == RecipientType.UNIT ? draft.recipient().recipient()
                            : null).map(UnitContacts.UnitContact::name).orElse(null));
            for (MessageChannel channel : channels) {
                if (channel == MessageChannel.SMS && !sms.configured()) {
                    LOG.debugf("no SMS gateway configured: %s to %s not queued", type, draft.recipient().key());
                    continue;
                }
                String address;
                String title;
                String body;
                String params = null;
                Instant notBefore = now;
                if (channel == MessageChannel.EMAIL) {
                    MessageTexts.Mail mail = texts.mail(type, facts);
                    address = reach.email();
                    title = mail.subject();
                    body = mail.body();
                } else {
                    address = reach.phone();
                    title = sms.templateId(type);
                    body = sms.signature() + texts.sms(type, facts);
                    params = sms.params(facts);
                    notBefore = quiet.notBefore(now, major); // quiet hours hold all but major hazards
                }
                insert(event, eventKey, draft, channel, address, cut(title, 400), body, params, major, now, notBefore);
            }
        }
    }

    private void insert(InboundEvent<? extends DomainEvent> event, String eventKey, NotificationDraft draft,
                        MessageChannel channel, String address, String title, String body, String params, boolean major, Instant now,
                        Instant notBefore) {
        Recipient r = draft.recipient();
        em.createNativeQuery("INSERT INTO outbound_message (id, event_id, event_key, event_type, subject,"
                        + " event_district, channel, recipient_type, recipient, district, recipient_key, address, title,"
                        + " body, params, major, status, attempts, next_attempt_at, held_until, created_at) VALUES (?1,"
                        + " ?2, ?18, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                        + MessageRules.Action.QUEUE.targetSql() + ", 0, ?16, "
                        + (notBefore.isAfter(now) ? "?16" : "NULL") + ", ?17)"
                        + " ON CONFLICT (event_key, recipient_key, channel) DO NOTHING")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, event.ceId())
                .setParameter(3, draft.type())
                .setParameter(4, draft.subject() == null ? null : cut(draft.subject(), 100))
                .setParameter(5, event.payload().district()) // null for city-wide matters: the column types it
                .setParameter(6, channel.name())
                .setParameter(7, r.type().name())
                .setParameter(8, r.recipient())
                .setParameter(9, r.district())
                .setParameter(10, r.key())
                .setParameter(11, address)
                .setParameter(12, title)
                .setParameter(13, body)
                .setParameter(14, params)
                .setParameter(15, major)
                .setParameter(16, Timestamp.from(notBefore))
                .setParameter(17, Timestamp.from(now))
                .setParameter(18, eventKey)
                .executeUpdate();
    }

    /** Where the recipient is reached: a unit by the phone its events carried; others by the contact directory. */
    Reach reach(Recipient r) {
        if (r.type() == RecipientType.UNIT) {
            return units.find(r.recipient()).filter(u -> u.phone() != null)
                    .map(u -> new Reach(null, u.phone(), EnumSet.of(MessageChannel.SMS))).orElse(Reach.NONE);
        }
        Contact contact = find(r.type(), r.recipient(), r.district());
        if (contact == null && r.type() == RecipientType.DEPARTMENT && r.district() != null) {
            contact = find(r.type(), r.recipient(), null); // a city-level department hears of every district
        }
        return contact == null ? Reach.NONE : new Reach(contact.email, contact.phone, contact.channelSet());
    }

    private static Contact find(RecipientType type, String recipient, String district) {
        return district == null
                ? Contact.<Contact>find("recipientType = ?1 and recipient = ?2 and district is null", type, recipient)
                .firstResult()
                : Contact.<Contact>find("recipientType = ?1 and recipient = ?2 and district = ?3", type, recipient,
                district).firstResult();
    }

    /** The payload as the contracts write it: the same event, whatever ce_id it arrives under, has the same key. */
    private static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
