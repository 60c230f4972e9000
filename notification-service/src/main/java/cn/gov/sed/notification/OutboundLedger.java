package cn.gov.sed.notification;

import cn.gov.sed.platform.state.StateAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The statements the three dispatchers' ledgers share (e-mail and SMS messages, posts on the social channels,
 * webhook deliveries): a row waiting to be sent is leased to one replica for a while ({@code lease_until},
 * {@code lease_owner}), and each attempt's outcome is written back with the lease ended. Every table served has
 * {@code id, status, attempts, next_attempt_at, lease_until, lease_owner}. Table and column names are the ledgers'
 * constants, never input. Runs inside a ledger's short transaction; what a ledger reads of a leased row, and how it
 * chooses (webhooks: one per subscription), stays in the ledger.
 */
@ApplicationScoped
public class OutboundLedger {
    private static final int TEXT_LIMIT = 1000;

    @Inject
    EntityManager em;

    /**
     * Leases up to {@code room} rows due at {@code now} to {@code owner} for {@code lease} and returns their ids (none
     * when nothing is due): rows in a status {@code claim} starts from, their time come ({@code next_attempt_at}), not
     * leased or their lease run out (the replica that held it died, perhaps after sending: that one goes again). Rows
     * another replica is leasing at this moment are skipped ({@code SKIP LOCKED}), so none is sent twice at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> leaseDue(String table, StateAction<?> claim, int room, String owner, Instant now,
                               Duration lease) {
        List<UUID> ids = due(table, claim, room, now);
        if (!ids.isEmpty()) {
            lease(table, ids, owner, now.plus(lease));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> due(String table, StateAction<?> claim, int room, Instant now) {
        return em.createNativeQuery("SELECT id FROM " + table
                        + " WHERE status IN (" + claim.sourcesSql() + ") AND next_attempt_at <= ?1"
                        + " AND (lease_until IS NULL OR lease_until < ?1)"
                        + " ORDER BY next_attempt_at LIMIT " + Math.max(1, room) + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).getResultList();
    }

    /** Leases the rows {@code ids} to {@code owner} until {@code until} (for a ledger that chooses them itself). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lease(String table, List<UUID> ids, String owner, Instant until) {
        em.createNativeQuery("UPDATE " + table + " SET lease_until = ?1, lease_owner = ?2 WHERE id IN (?3)")
                .setParameter(1, Timestamp.from(until)).setParameter(2, owner).setParameter(3, ids)
                .executeUpdate();
    }

    /**
     * Records one attempt on row {@code id}: one more attempt, the status {@code action} leads to, the columns of
     * {@code set} (a null value is written as NULL, a column not named keeps its value) and the lease ended. Ignored
     * when the lease is no longer {@code owner}'s (it ran out and another replica took the row) or {@code action}
     * does not start from the row's status.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAttempt(String table, UUID id, String owner, StateAction<?> action, Map<String, ?> set) {
        // nulls are written as literals: PostgreSQL cannot type an untyped null parameter in SET
        StringBuilder sql = new StringBuilder("UPDATE ").append(table)
                .append(" SET attempts = attempts + 1, status = ").append(action.targetSql());
        set.forEach((column, value) -> sql.append(", ").append(column).append(" = ")
                .append(value == null ? "NULL" : ":" + column));
        sql.append(", lease_until = NULL, lease_owner = NULL WHERE id = :id AND lease_owner = :owner AND status IN (")
                .append(action.sourcesSql()).append(")");
        var update = em.createNativeQuery(sql.toString()).setParameter("id", id).setParameter("owner", owner);
        set.forEach((column, value) -> {
            if (value != null) {
                update.setParameter(column, value instanceof Instant i ? Timestamp.from(i) : value);
            }
        });
        update.executeUpdate();
    }

    /** An answer or an error as kept: its first 1,000 characters. */
    public static String cut(String text) {
        return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
    }
}
