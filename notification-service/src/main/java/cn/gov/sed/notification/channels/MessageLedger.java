package cn.gov.sed.notification.channels;

import cn.gov.sed.notification.channels.MessageRules.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The two short transactions around sending a message, as {@code DeliveryLedger} does for webhooks: leasing due
 * messages, and recording the outcome. Nothing is sent while a transaction is open.
 */
@ApplicationScoped
public class MessageLedger {
    @Inject
    EntityManager em;

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
        Timestamp at = Timestamp.from(now);
        List<UUID> ids = em.createNativeQuery("SELECT id FROM outbound_message"
                        + " WHERE status IN (" + Action.CLAIM.sourcesSql() + ") AND next_attempt_at <= ?1"
                        + " AND (lease_until IS NULL OR lease_until < ?1)"
                        + " ORDER BY next_attempt_at LIMIT " + Math.max(1, room) + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, at).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("UPDATE outbound_message SET lease_until = ?1, lease_owner = ?2 WHERE id IN (?3)")
                .setParameter(1, Timestamp.from(now.plus(lease))).setParameter(2, owner).setParameter(3, ids)
                .executeUpdate();
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
        // nulls are written as literals: PostgreSQL cannot type an untyped null parameter in SET
        var update = em.createNativeQuery("UPDATE outbound_message SET attempts = attempts + 1,"
                        + " status = " + action.targetSql() + ","
                        + " gateway_answer = " + (answer == null ? "gateway_answer" : ":answer") + ","
                        + " last_error = " + (error == null ? "NULL" : ":error") + ","
                        + (nextAttemptAt == null ? "" : " next_attempt_at = :next,")
                        + (sentAt == null ? "" : " sent_at = :sent,")
                        + " lease_until = NULL, lease_owner = NULL WHERE id = :id AND lease_owner = :owner"
                        + " AND status IN (" + action.sourcesSql() + ")")
                .setParameter("id", d.id())
                .setParameter("owner", owner);
        if (answer != null) {
            update.setParameter("answer", cut(answer));
        }
        if (error != null) {
            update.setParameter("error", cut(error));
        }
        if (nextAttemptAt != null) {
            update.setParameter("next", Timestamp.from(nextAttemptAt));
        }
        if (sentAt != null) {
            update.setParameter("sent", Timestamp.from(sentAt));
        }
        update.executeUpdate();
    }

    private static String cut(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
