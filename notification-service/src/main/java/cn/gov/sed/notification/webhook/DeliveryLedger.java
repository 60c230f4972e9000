package cn.gov.sed.notification.webhook;

import cn.gov.sed.notification.OutboundLedger;
import cn.gov.sed.notification.webhook.DeliveryRules.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static cn.gov.sed.notification.OutboundLedger.cut;

/**
 * The two short transactions around a webhook delivery: claiming due deliveries (a lease) and recording the
 * outcome ({@link OutboundLedger} on {@code delivery}). Nothing is sent while a transaction is open.
 */
@ApplicationScoped
public class DeliveryLedger {
    private static final String TABLE = "delivery";
    private static final int CANDIDATES = 200;

    @Inject
    EntityManager em;
    @Inject
    OutboundLedger outbound;

    /** A claimed delivery with what sending it needs. */
    public record Due(UUID id, UUID subscriptionId, String eventId, String eventType, String ceType, String ceSource,
                      String ceSubject, String ceTime, byte[] payload, int attempts, String url, String secret) {
    }

    /**
     * Leases up to {@code room} due deliveries, at most one per subscription and none of a subscription that already
     * has one leased (here or on another replica): a slow receiver holds back only its own deliveries. Rows and
     * subscriptions another replica is claiming at this moment are skipped ({@code SKIP LOCKED}), so no delivery is
     * sent twice at once.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Due> claim(int room, String owner, Instant now, Duration lease) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> candidates = em.createNativeQuery("SELECT d.id, d.subscription_id FROM delivery d"
                        + " WHERE d.status IN (" + Action.CLAIM.sourcesSql() + ") AND d.next_attempt_at <= ?1"
                        + " AND (d.lease_until IS NULL OR d.lease_until < ?1)"
                        + " AND NOT EXISTS (SELECT 1 FROM delivery o WHERE o.subscription_id = d.subscription_id"
                        + "   AND o.status = " + Action.CLAIM.targetSql() + " AND o.lease_until >= ?1)"
                        + " ORDER BY d.next_attempt_at LIMIT " + CANDIDATES + " FOR UPDATE OF d SKIP LOCKED")
                .setParameter(1, at).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // one delivery per subscription across replicas: lock the subscriptions (skipping those another replica is
        // claiming right now), then look again, with a fresh snapshot, for a lease committed meanwhile
        List<UUID> subscriptionIds = candidates.stream().map(r -> (UUID) r[1]).distinct().toList();
        Set<UUID> locked = new HashSet<>(em.createNativeQuery("SELECT id FROM subscription WHERE id IN (?1)"
                        + " FOR NO KEY UPDATE SKIP LOCKED")
                .setParameter(1, subscriptionIds).getResultList());
        if (locked.isEmpty()) {
            return List.of();
        }
        Set<UUID> busy = new HashSet<>(em.createNativeQuery("SELECT DISTINCT subscription_id FROM delivery"
                        + " WHERE subscription_id IN (?1) AND status = " + Action.CLAIM.targetSql()
                        + " AND lease_until >= ?2")
                .setParameter(1, locked).setParameter(2, at).getResultList());
        List<UUID> chosen = new ArrayList<>();
        Set<UUID> subscriptions = new HashSet<>();
        for (Object[] row : candidates) {
            UUID subscription = (UUID) row[1];
            if (chosen.size() < room && locked.contains(subscription) && !busy.contains(subscription)
                    && subscriptions.add(subscription)) {
                chosen.add((UUID) row[0]);
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        outbound.lease(TABLE, chosen, owner, now.plus(lease));
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.subscription_id, d.event_id, d.event_type,"
                        + " d.ce_type, d.ce_source, d.ce_subject, d.ce_time, d.payload, d.attempts, s.url, s.secret"
                        + " FROM delivery d JOIN subscription s ON s.id = d.subscription_id WHERE d.id IN (?1)")
                .setParameter(1, chosen).getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (byte[]) r[8], ((Number) r[9]).intValue(),
                (String) r[10], (String) r[11])).toList();
    }

    /**
     * Records one attempt, moving the delivery by {@code action} ({@link DeliveryRules#afterAttempt}), and ends the
     * lease. Ignored when the lease is no longer ours (it ran out and another replica claimed the delivery, or the
     * subscription was deleted) or the action does not start from the delivery's status.
     */
    @Transactional
    public void record(Due d, String owner, Action action, Integer statusCode, String error,
                       Instant nextAttemptAt, Instant deliveredAt) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("last_status_code", statusCode);
        set.put("last_error", cut(error));
        if (nextAttemptAt != null) {
            set.put("next_attempt_at", nextAttemptAt);
        }
        if (deliveredAt != null) {
            set.put("delivered_at", deliveredAt);
        }
        outbound.recordAttempt(TABLE, d.id(), owner, action, set);
    }
}
