package cn.gov.sed.notification.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Posts due deliveries to their webhooks, signed with the subscription's secret, and schedules a retry with
 * exponential back-off when the receiver fails. Safe with several replicas: each replica takes due rows with
 * {@code FOR UPDATE SKIP LOCKED}, so a delivery is attempted by one replica at a time.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 10;

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @ConfigProperty(name = "sed.webhooks.max-attempts", defaultValue = "8")
    int maxAttempts;
    @ConfigProperty(name = "sed.webhooks.backoff", defaultValue = "PT10S")
    Duration backoff;
    @ConfigProperty(name = "sed.webhooks.max-backoff", defaultValue = "PT1H")
    Duration maxBackoff;
    @ConfigProperty(name = "sed.webhooks.timeout", defaultValue = "PT3S")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    @Scheduled(every = "${sed.webhooks.every:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        int handled;
        do {
            handled = QuarkusTransaction.requiringNew().call(this::dispatchBatch);
        } while (handled == BATCH);
    }

    @SuppressWarnings("unchecked")
    int dispatchBatch() {
        Instant now = clock.instant();
        List<Delivery> due = em.createNativeQuery("SELECT * FROM delivery WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT " + BATCH
                        + " FOR UPDATE SKIP LOCKED", Delivery.class)
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, Subscription> subscriptions = Subscription.<Subscription>list("id in ?1",
                        due.stream().map(d -> d.subscriptionId).distinct().toList())
                .stream().collect(Collectors.toMap(s -> s.id, s -> s));
        for (Delivery d : due) {
            attempt(d, subscriptions.get(d.subscriptionId));
        }
        return due.size();
    }

    private void attempt(Delivery d, Subscription s) {
        d.attempts++;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(s.url))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("X-Signature", Signatures.sign(s.secret, d.payload))
                    .header("ce_specversion", "1.0")
                    .header("ce_id", d.eventId)
                    .header("ce_type", d.ceType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(d.payload));
            if (d.ceSource != null) {
                request.header("ce_source", d.ceSource);
            }
            if (d.ceSubject != null) {
                request.header("ce_subject", d.ceSubject);
            }
            if (d.ceTime != null) {
                request.header("ce_time", d.ceTime);
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            d.lastStatusCode = response.statusCode();
            if (response.statusCode() / 100 == 2) {
                d.status = DeliveryStatus.DELIVERED;
                d.deliveredAt = clock.instant();
                d.lastError = null;
                return;
            }
            failed(d, "HTTP " + response.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(d, "interrupted");
        } catch (Exception e) {
            failed(d, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void failed(Delivery d, String error) {
        d.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (d.attempts >= maxAttempts) {
            d.status = DeliveryStatus.FAILED;
            LOG.warnf("webhook delivery %s of %s given up after %d attempts: %s", d.id, d.eventType, d.attempts, error);
        } else {
            d.nextAttemptAt = clock.instant().plus(Backoff.after(d.attempts, backoff, maxBackoff));
        }
    }
}
