package cn.gov.sed.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the outbox holds now, read from the database by every replica (not only the relay's leader): the backlog
 * of unsent rows, the age of the oldest, and the parked rows. Published as metrics ({@code sed_outbox_backlog},
 * {@code sed_outbox_oldest_age_seconds}, {@code sed_outbox_parked}) and shown in the readiness data.
 */
@ApplicationScoped
public class OutboxMonitor {
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry meters;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();

    public record Snapshot(long backlog, long oldestAgeSeconds, long parked, List<String> parkedEventIds) {
    }

    void registerMeters(@Observes StartupEvent event) {
        Gauge.builder("sed.outbox.backlog", backlog, AtomicLong::get)
                .description("outbox rows not yet acknowledged by the broker (parked rows excluded)").register(meters);
        Gauge.builder("sed.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("age of the oldest outbox row waiting to be sent").register(meters);
        Gauge.builder("sed.outbox.parked", parked, AtomicLong::get)
                .description("outbox rows the broker refused for good, waiting for an operator").register(meters);
    }

    @Scheduled(every = "${sed.outbox.monitor-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            snapshot();
        } catch (RuntimeException e) {
            // the database is away: the gauges keep their last values, readiness reports the database down
        }
    }

    /** Reads the outbox now and updates the gauges. */
    @Transactional
    public Snapshot snapshot() {
        Object[] counts = (Object[]) em.createNativeQuery(
                "SELECT count(*) FILTER (WHERE parked_at IS NULL),"
                        + " coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)), 0),"
                        + " count(*) FILTER (WHERE parked_at IS NOT NULL AND discarded_at IS NULL)"
                        + " FROM outbox_event WHERE sent_at IS NULL").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT CAST(event_id AS varchar) FROM outbox_event"
                + " WHERE parked_at IS NOT NULL AND discarded_at IS NULL AND sent_at IS NULL ORDER BY id LIMIT 10")
                .getResultList();
        Snapshot snapshot = new Snapshot(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue(), ids.stream().map(Object::toString).toList());
        backlog.set(snapshot.backlog());
        oldestAgeSeconds.set(snapshot.oldestAgeSeconds());
        parked.set(snapshot.parked());
        return snapshot;
    }
}
