package cn.gov.sed.platform.outbox;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The operator's side of parking: list the parked events, re-queue one (sent again in order) or discard it. */
@ApplicationScoped
public class ParkedEvents {
    @Inject
    EntityManager em;

    /** A parked event as an operator sees it (the payload's size, not its content). */
    public record ParkedEvent(UUID eventId, String topic, String aggregateId, String ceType, OffsetDateTime createdAt,
                              @Schema(nullable = true, description = "null once requeued") OffsetDateTime parkedAt,
                              @Schema(nullable = true, description = "why the broker refused it; null once requeued") String error,
                              long payloadBytes,
                              @Schema(nullable = true, description = "null unless discarded") OffsetDateTime discardedAt,
                              @Schema(nullable = true, description = "who discarded it; null unless discarded") String discardedBy) {
    }

    private static final String COLUMNS = "SELECT event_id, topic, aggregate_id, ce_type, created_at, parked_at,"
            + " park_error, octet_length(payload), discarded_at, discarded_by FROM outbox_event";

    @Transactional
    public List<ParkedEvent> list(boolean includeDiscarded) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " WHERE parked_at IS NOT NULL AND sent_at IS NULL"
                + (includeDiscarded ? "" : " AND discarded_at IS NULL") + " ORDER BY id LIMIT 500").getResultList();
        return rows.stream().map(ParkedEvents::of).toList();
    }

    /** Clears the parking: the relay sends it again, before the later events of its aggregate. */
    @Transactional
    public ParkedEvent requeue(UUID eventId) {
        int changed = em.createNativeQuery("UPDATE outbox_event SET parked_at = NULL, park_error = NULL"
                        + " WHERE event_id = ?1 AND parked_at IS NOT NULL AND discarded_at IS NULL AND sent_at IS NULL")
                .setParameter(1, eventId).executeUpdate();
        if (changed == 0) {
            throw ProblemException.notFound("parked event");
        }
        em.createNativeQuery("SELECT pg_notify('" + Outbox.CHANNEL + "', '')").getSingleResult();
        return find(eventId);
    }

    /** Gives the event up for good (kept for the record): the later events of its aggregate go on. */
    @Transactional
    public ParkedEvent discard(UUID eventId, String by) {
        int changed = em.createNativeQuery("UPDATE outbox_event SET discarded_at = now(), discarded_by = ?2"
                        + " WHERE event_id = ?1 AND parked_at IS NOT NULL AND discarded_at IS NULL AND sent_at IS NULL")
                .setParameter(1, eventId).setParameter(2, by).executeUpdate();
        if (changed == 0) {
            throw ProblemException.notFound("parked event");
        }
        em.createNativeQuery("SELECT pg_notify('" + Outbox.CHANNEL + "', '')").getSingleResult();
        return find(eventId);
    }

    private ParkedEvent find(UUID eventId) {
        Object[] row = (Object[]) em.createNativeQuery(COLUMNS + " WHERE event_id = ?1").setParameter(1, eventId)
                .getSingleResult();
        return of(row);
    }

    private static ParkedEvent of(Object[] r) {
        return new ParkedEvent((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], time(r[4]), time(r[5]),
                (String) r[6], ((Number) r[7]).longValue(), time(r[8]), (String) r[9]);
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        java.time.Instant instant = value instanceof java.time.Instant i ? i
                : value instanceof OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
        return Zones.shanghai(instant);
    }
}
