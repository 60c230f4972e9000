package cn.gov.sed.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Idempotency keys in the database (so every replica sees them), per caller and key, kept 24 hours. Each step
 * runs in its own short transaction, apart from the request's own.
 */
@ApplicationScoped
public class IdempotencyStore {
    /** An in-flight key older than this belongs to a request that died; a retry may take it over. */
    private static final int ABANDONED_AFTER_SECONDS = 120;

    @Inject
    EntityManager em;

    public sealed interface Outcome permits Proceed, Replay, Mismatch, InFlight {
    }

    public record Proceed() implements Outcome {
    }

    public record Replay(int status, byte[] body, String contentType, String location, String etag) implements Outcome {
    }

    public record Mismatch() implements Outcome {
    }

    public record InFlight() implements Outcome {
    }

    public Outcome begin(String caller, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("DELETE FROM idempotency_key WHERE caller = ?1 AND idem_key = ?2"
                            + " AND (created_at < now() - interval '24 hours'"
                            + " OR (state = 'IN_FLIGHT' AND created_at < now() - ?3 * interval '1 second'))")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, ABANDONED_AFTER_SECONDS)
                    .executeUpdate();
            int inserted = em.createNativeQuery("INSERT INTO idempotency_key (caller, idem_key, request_hash, state)"
                            + " VALUES (?1, ?2, ?3, 'IN_FLIGHT') ON CONFLICT DO NOTHING")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                    .executeUpdate();
            if (inserted == 1) {
                return new Proceed();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT request_hash, state, response_status, response_body,"
                            + " content_type, location, etag FROM idempotency_key WHERE caller = ?1 AND idem_key = ?2")
                    .setParameter(1, caller).setParameter(2, key).getResultList();
            if (rows.isEmpty()) {
                return new InFlight(); // removed between the two statements: treat as a concurrent duplicate
            }
            Object[] row = rows.get(0);
            if (!requestHash.equals(row[0])) {
                return new Mismatch();
            }
            if ("IN_FLIGHT".equals(row[1])) {
                return new InFlight();
            }
            return new Replay(((Number) row[2]).intValue(), (byte[]) row[3], (String) row[4], (String) row[5],
                    (String) row[6]);
        });
    }

    public void complete(String caller, String key, int status, byte[] body, String contentType, String location,
                         String etag) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE idempotency_key SET state = 'DONE',"
                        + " response_status = ?3, response_body = ?4, content_type = ?5, location = ?6, etag = ?7"
                        + " WHERE caller = ?1 AND idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, status).setParameter(4, body)
                .setParameter(5, contentType).setParameter(6, location).setParameter(7, etag)
                .executeUpdate());
    }

    /** The request failed: forget the key so that a retry runs again. */
    public void abandon(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "DELETE FROM idempotency_key WHERE caller = ?1 AND idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).executeUpdate());
    }

    /** Safe on every replica at once: a plain delete of expired keys. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'").executeUpdate());
    }
}
