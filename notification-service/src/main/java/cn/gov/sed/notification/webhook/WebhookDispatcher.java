package cn.gov.sed.notification.webhook;

import cn.gov.sed.notification.OutboundMetrics;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.AsyncResult;
import io.vertx.core.MultiMap;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due webhook deliveries, outside any database transaction (API.md v1.1):
 * <ol>
 *   <li>a short transaction leases due deliveries, one per subscription at a time ({@link DeliveryLedger#claim});</li>
 *   <li>each is resolved and checked again ({@link WebhookTargetPolicy}) and posted asynchronously to the checked
 *   address ({@link WebhookSender}), signed, with a total deadline; no thread waits for a receiver, so one slow
 *   receiver delays only its own deliveries;</li>
 *   <li>another short transaction records the outcome: delivered, refused (not sent), or failed and retried with
 *   exponential back-off and jitter until the last attempt.</li>
 * </ol>
 * Several replicas never send one delivery at the same time: claiming skips rows another replica is claiming, and a
 * leased delivery is not due again until its lease runs out.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    DeliveryLedger ledger;
    @Inject
    WebhookSender sender;
    @Inject
    WebhookTargetPolicy targets;
    @Inject
    Clock clock;
    @Inject
    OutboundMetrics metrics;

    @ConfigProperty(name = "sed.webhooks.max-attempts", defaultValue = "8")
    int maxAttempts;
    @ConfigProperty(name = "sed.webhooks.backoff", defaultValue = "PT10S")
    Duration backoff;
    @ConfigProperty(name = "sed.webhooks.max-backoff", defaultValue = "PT1H")
    Duration maxBackoff;
    /** The whole exchange with a receiver: connect, request, response headers and body. */
    @ConfigProperty(name = "sed.webhooks.deadline", defaultValue = "PT10S")
    Duration deadline;
    /** Deliveries this replica has on the way at once (each to another subscription). */
    @ConfigProperty(name = "sed.webhooks.max-in-flight", defaultValue = "100")
    int maxInFlight;

    /** This replica's name on its leases. */
    private final String owner = "dispatcher-" + UUID.randomUUID();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Name lookups and the recording transaction: short, blocking work that must not run on an event loop. */
    private ExecutorService workers;

    @PostConstruct
    void start() {
        workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "webhook-worker");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Leases outlive the deadline comfortably, so a lease runs out only when its replica is gone. */
    private Duration lease() {
        return deadline.multipliedBy(3).plusSeconds(30);
    }

    @Scheduled(every = "${sed.webhooks.every:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        int room = maxInFlight - inFlight.get();
        if (room <= 0) {
            return;
        }
        List<DeliveryLedger.Due> claimed = ledger.claim(room, owner, clock.instant(), lease());
        for (DeliveryLedger.Due d : claimed) {
            inFlight.incrementAndGet();
            workers.execute(() -> attempt(d));
        }
    }

    private void attempt(DeliveryLedger.Due d) {
        WebhookTargetPolicy.Target target;
        try {
            target = targets.resolveForDelivery(d.url()); // DNS may have changed since registration
        } catch (WebhookTargetPolicy.Refused e) {
            finish(d, null, e.getMessage(), true);
            return;
        } catch (UnknownHostException e) {
            finish(d, null, "unknown host: " + e.getMessage(), false);
            return;
        } catch (RuntimeException e) {
            finish(d, null, describe(e), false);
            return;
        }
        try {
            sender.post(target, headers(d), d.payload(), deadline)
                    .onComplete(result -> workers.execute(() -> finish(d, result)));
        } catch (RuntimeException e) {
            finish(d, null, describe(e), false);
        }
    }

    /** The CloudEvents headers of the event and both signatures (API.md "webhook signature"). */
    MultiMap headers(DeliveryLedger.Due d) {
        long timestamp = clock.instant().getEpochSecond();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Content-Type", "application/json")
                .add("ce_specversion", "1.0")
                .add("ce_id", d.eventId())
                .add("ce_type", d.ceType())
                .add("X-Signature", Signatures.sign(d.secret(), d.payload()))
                .add("X-Sed-Timestamp", Long.toString(timestamp))
                .add("X-Sed-Signature", Signatures.signTimestamped(d.secret(), timestamp, d.eventId(), d.payload()));
        if (d.ceSource() != null) {
            headers.add("ce_source", d.ceSource());
        }
        if (d.ceSubject() != null) {
            headers.add("ce_subject", d.ceSubject());
        }
        if (d.ceTime() != null) {
            headers.add("ce_time", d.ceTime());
        }
        return headers;
    }

    private void finish(DeliveryLedger.Due d, AsyncResult<Integer> result) {
        if (result.failed()) {
            finish(d, null, describe(result.cause()), false);
        } else {
            int code = result.result();
            finish(d, code, code / 100 == 2 ? null : "HTTP " + code, false);
        }
    }

    private void finish(DeliveryLedger.Due d, Integer statusCode, String error, boolean refused) {
        try {
            Instant now = clock.instant();
            int attempts = d.attempts() + 1;
            DeliveryRules.Action action = DeliveryRules.afterAttempt(refused, error == null, attempts, maxAttempts);
            metrics.webhookAttempt(switch (action) {
                case DELIVER -> null;
                case REFUSE -> OutboundMetrics.REFUSED;
                case GIVE_UP -> OutboundMetrics.GIVEN_UP;
                default -> OutboundMetrics.RETRY;
            });
            switch (action) {
                case REFUSE -> {
                    LOG.warnf("webhook delivery %s of %s not sent: %s", d.id(), d.eventType(), error);
                    ledger.record(d, owner, action, null, error, null, null);
                }
                case DELIVER -> ledger.record(d, owner, action, statusCode, null, null, now);
                case GIVE_UP -> {
                    LOG.warnf("webhook delivery %s of %s given up after %d attempts: %s", d.id(), d.eventType(),
                            attempts, error);
                    ledger.record(d, owner, action, statusCode, error, null, null);
                }
                case BACK_OFF -> {
                    Duration wait = Backoff.withJitter(attempts, backoff, maxBackoff, ThreadLocalRandom.current());
                    ledger.record(d, owner, action, statusCode, error, now.plus(wait), null);
                }
                default -> throw new IllegalStateException(action + " does not follow an attempt");
            }
        } catch (RuntimeException e) {
            // the lease runs out and the delivery is attempted again: at least once, receivers dedupe by ce_id
            LOG.errorf(e, "could not record the outcome of webhook delivery %s", d.id());
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
