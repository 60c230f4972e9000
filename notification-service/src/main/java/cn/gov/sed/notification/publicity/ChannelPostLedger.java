package cn.gov.sed.notification.publicity;

import cn.gov.sed.notification.publicity.ChannelPostRules.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The two short transactions around a post on a social channel, as for webhook deliveries: leasing due posts, and
 * recording an attempt's outcome. Nothing is sent while a transaction is open.
 */
@ApplicationScoped
public class ChannelPostLedger {
    @Inject
    EntityManager em;

    /** A leased post with what sending it needs. */
    public record Due(UUID id, Channel channel, int attempts, UUID publicationId, PublicationType type, String title,
                      String body, Instant publishedAt) {
    }

    /**
     * Leases up to {@code room} due posts until {@code now + lease}. Rows another replica is leasing at this moment
     * are skipped ({@code SKIP LOCKED}) and a leased post is not due again until its lease runs out, so a post is
     * never sent twice at once; a replica that dies mid-attempt leaves a lease that runs out, and the post is sent
     * again later.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Due> claim(int room, String owner, Instant now, Duration lease) {
        Timestamp at = Timestamp.from(now);
        List<UUID> ids = em.createNativeQuery("SELECT id FROM publication_channel_post"
                        + " WHERE status IN (" + Action.CLAIM.sourcesSql() + ") AND next_attempt_at <= ?1"
                        + " AND (lease_until IS NULL OR lease_until < ?1)"
                        + " ORDER BY next_attempt_at LIMIT " + Math.max(1, room) + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, at).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("UPDATE publication_channel_post SET lease_until = ?1, lease_owner = ?2 WHERE id IN (?3)")
                .setParameter(1, Timestamp.from(now.plus(lease))).setParameter(2, owner).setParameter(3, ids)
                .executeUpdate();
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.channel, c.attempts, p.id AS pid, p.type, p.title,"
                        + " p.body, p.published_at FROM publication_channel_post c"
                        + " JOIN publication p ON p.id = c.publication_id WHERE c.id IN (?1)")
                .setParameter(1, ids).getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], Channel.valueOf((String) r[1]), ((Number) r[2]).intValue(),
                (UUID) r[3], PublicationType.valueOf((String) r[4]), (String) r[5], (String) r[6],
                toInstant(r[7]))).toList();
    }

    /**
     * Records one attempt, moving the post by {@code action} ({@link ChannelPostRules#afterAttempt}), and ends the
     * lease. Ignored when the lease is no longer ours (it ran out and another replica took the post) or the action
     * does not start from the post's status.
     */
    @Transactional
    public void record(Due d, String owner, Action action, SocialChannel.Outcome outcome, Instant now,
                       Instant nextAttemptAt) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("last_status_code", outcome.statusCode());
        values.put("answer", outcome.answer());
        values.put("last_error", cut(outcome.error()));
        values.put("last_attempt_at", Timestamp.from(now));
        values.put("next_attempt_at", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt));
        if (action == Action.POST) {
            values.put("post_id", cut(outcome.postId()));
            values.put("posted_at", Timestamp.from(now));
        }
        // nulls are written as literals: PostgreSQL cannot type an untyped null parameter
        StringBuilder sql = new StringBuilder("UPDATE publication_channel_post SET attempts = attempts + 1, status = ")
                .append(action.targetSql());
        values.forEach((column, value) -> sql.append(", ").append(column).append(" = ")
                .append(value == null ? "NULL" : ":" + column));
        sql.append(", lease_until = NULL, lease_owner = NULL WHERE id = :id AND lease_owner = :owner AND status IN (")
                .append(action.sourcesSql()).append(")");
        var update = em.createNativeQuery(sql.toString()).setParameter("id", d.id()).setParameter("owner", owner);
        values.forEach((column, value) -> {
            if (value != null) {
                update.setParameter(column, value);
            }
        });
        update.executeUpdate();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }
}
