package cn.gov.sed.notification.channels;

import cn.gov.sed.notification.OutboundLedger;
import cn.gov.sed.notification.channels.MessageRules.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.sed.notification.OutboundLedger.cut;

/**
 * The two short transactions around sending a message, as {@code DeliveryLedger} does for webhooks: leasing due
 * messages, and recording the outcome ({@link OutboundLedger} on {@code outbound_message}). Nothing is sent while a
 * transaction is open.
 */
@ApplicationScoped
public class MessageLedger {
    private static final String TABLE = "outbound_message";

    @Inject
    EntityManager em;
    @Inject
    OutboundLedger outbound;

    /** A leased message with what sending it needs. */
    public record Due(UUID id, MessageChannel channel, String eventType, String address, String title, String body,
                      String params, boolean major, int attempts) {
    }

    /**
     * Leases up to {@code room} due messages: pending, their time come (quiet hours over, back-off waited), not leased
     * or their lease run out (the replica that held it died, perhaps after sending: that one message goes again).
     * Rows another replica is leasing at this moment are skipped, so none is sent twice at once.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Due> claim(int room, String owner, Instant now, Duration lease) {
        List<UUID> ids = outbound.leaseDue(TABLE, Action.CLAIM, room, owner, now, lease);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT id, channel, event_type, address, title, body, params,"
                        + " major, attempts FROM outbound_message WHERE id IN (?1)")
                .setParameter(1, ids).getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], MessageChannel.valueOf((String) r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (Boolean) r[7],
                ((Number) r[8]).intValue())).toList();
    }

    /**
     * Records one attempt, moving the message by {@code action} ({@link MessageRules#afterAttempt}), and ends the
     * lease. Ignored when the lease is no longer ours (it ran out and another replica took the message).
     */
    @Transactional
    public void record(Due d, String owner, Action action, String answer, String error, Instant nextAttemptAt,
                       Instant sentAt) {
        Map<String, Object> set = new LinkedHashMap<>();
        if (answer != null) {
            set.put("gateway_answer", cut(answer)); // an attempt without an answer keeps the last one
        }
        set.put("last_error", cut(error));
        if (nextAttemptAt != null) {
            set.put("next_attempt_at", nextAttemptAt);
        }
        if (sentAt != null) {
            set.put("sent_at", sentAt);
        }
        outbound.recordAttempt(TABLE, d.id(), owner, action, set);
    }
}
