package cn.gov.sed.notification.publicface;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reads of the public face: publications that are PUBLISHED on the WEBSITE channel, newest first, a slice at a
 * time (never all of them). The condition is written as the partial index {@code publication_on_website} states it,
 * so the planner reads the index in order and stops after the slice. Only the public columns are selected.
 */
@ApplicationScoped
public class FindingPublicPublications {
    private static final String PUBLIC = "status = 'PUBLISHED' AND channels LIKE '%WEBSITE%'";
    private static final String COLUMNS = "SELECT id, type, title, body, district, published_at FROM publication";

    @Inject
    EntityManager em;

    /** Up to {@code limit} publications, skipping the {@code offset} newest. */
    @SuppressWarnings("unchecked")
    public List<PublicPublication> latest(int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " WHERE " + PUBLIC
                        + " ORDER BY published_at DESC, id DESC OFFSET ?1 LIMIT ?2")
                .setParameter(1, offset).setParameter(2, limit).getResultList();
        return rows.stream().map(FindingPublicPublications::of).toList();
    }

    /** One publication, when it is public; empty for an unknown one and for any draft, unapproved or other-channel one. */
    @SuppressWarnings("unchecked")
    public Optional<PublicPublication> one(UUID id) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " WHERE " + PUBLIC + " AND id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(FindingPublicPublications::of);
    }

    private static PublicPublication of(Object[] r) {
        return PublicPublication.of((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                instant(r[5]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
