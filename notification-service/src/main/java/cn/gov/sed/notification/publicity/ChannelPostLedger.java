package cn.gov.sed.notification.publicity;

import cn.gov.sed.notification.OutboundLedger;
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

import static cn.gov.sed.notification.OutboundLedger.cut;

/**
 * The two short transactions around a post on a social channel, as for webhook deliveries: leasing due posts, and
 * recording an attempt's outcome ({@link OutboundLedger} on {@code publication_channel_post}). Nothing is sent while
 * a transaction is open.
 */
@ApplicationScoped
public class ChannelPostLedger {
    private static final String TABLE = "publication_channel_post";

    @Inject
    EntityManager em;
    @Inject
    OutboundLedger outbound;

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
        List<UUID> ids = outbound.leaseDue(TABLE, Action.CLAIM, room, owner, now, lease);
        if (ids.isEmpty()) {
            return List.of();
        }
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
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("last_status_code", outcome.statusCode());
        set.put("answer", outcome.answer());
        set.put("last_error", cut(outcome.error()));
        set.put("last_attempt_at", now);
        set.put("next_attempt_at", nextAttemptAt); // none: no further attempt is planned
        if (action == Action.POST) {
            set.put("post_id", cut(outcome.postId()));
            set.put("posted_at", now);
        }
        outbound.recordAttempt(TABLE, d.id(), owner, action, set);
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
