package cn.gov.sed.notification.channels;

import cn.gov.sed.notification.OutboundMetrics;
import cn.gov.sed.notification.webhook.Backoff;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due e-mails and SMS, in the shape of the webhook dispatcher: a short transaction leases due messages
 * ({@link MessageLedger#claim}), a worker sends each outside any transaction, another short transaction marks it
 * sent, or backs it off ({@link Backoff}, the webhooks' exponential back-off with jitter) until the last attempt.
 * Recorded before sending and marked after: a replica killed in between leaves a leased message whose lease runs
 * out, and only that message goes again, once.
 */
@ApplicationScoped
public class ChannelDispatcher {
    private static final Logger LOG = Logger.getLogger(ChannelDispatcher.class);

    @Inject
    OutboundMetrics metrics;
    @Inject
    MessageLedger ledger;
    @Inject
    EmailSender email;
    @Inject
    SmsGateway sms;
    @Inject
    Clock clock;

    @ConfigProperty(name = "sed.channels.max-attempts", defaultValue = "6")
    int maxAttempts;
    @ConfigProperty(name = "sed.channels.backoff", defaultValue = "PT30S")
    Duration backoff;
    @ConfigProperty(name = "sed.channels.max-backoff", defaultValue = "PT1H")
    Duration maxBackoff;
    /** Longer than any one send (SMTP exchange, gateway deadline): a lease runs out only when its replica is gone. */
    @ConfigProperty(name = "sed.channels.lease", defaultValue = "PT2M")
    Duration lease;
    @ConfigProperty(name = "sed.channels.max-in-flight", defaultValue = "8")
    int maxInFlight;
    @ConfigProperty(name = "sed.sms.quiet-hours.start", defaultValue = "22:00")
    LocalTime quietStart;
    @ConfigProperty(name = "sed.sms.quiet-hours.end", defaultValue = "07:00")
    LocalTime quietEnd;
    @ConfigProperty(name = "sed.sms.quiet-hours.zone", defaultValue = "Asia/Shanghai")
    ZoneId quietZone;

    /** This replica's name on its leases. */
    private final String owner = "messages-" + UUID.randomUUID();
    private final AtomicInteger inFlight = new AtomicInteger();
    private ExecutorService workers;

    @PostConstruct
    void start() {
        workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "message-worker");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    @Scheduled(every = "${sed.channels.every:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        int room = maxInFlight - inFlight.get();
        if (room <= 0) {
            return;
        }
        for (MessageLedger.Due d : ledger.claim(room, owner, clock.instant(), lease)) {
            inFlight.incrementAndGet();
            workers.execute(() -> attempt(d));
        }
    }

    private void attempt(MessageLedger.Due d) {
        String answer = null;
        String error = null;
        try {
            if (d.channel() == MessageChannel.EMAIL) {
                email.send(d.address(), d.title(), d.body());
            } else if (!sms.configured()) {
                error = "no SMS gateway configured";
            } else {
                SmsGateway.Answer a = sms.send(d.id(), d.address(), d.title(), d.params());
                answer = a.text();
                error = a.accepted() ? null : "refused by the gateway";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = describe(e);
        } catch (Exception e) {
            error = describe(e);
        }
        finish(d, answer, error);
    }

    private void finish(MessageLedger.Due d, String answer, String error) {
        try {
            Instant now = clock.instant();
            int attempts = d.attempts() + 1;
            MessageRules.Action action = MessageRules.afterAttempt(error == null, attempts, maxAttempts);
            metrics.channelAttempt(d.channel().name(), action == MessageRules.Action.SEND ? null
                    : action == MessageRules.Action.GIVE_UP ? OutboundMetrics.GIVEN_UP : OutboundMetrics.RETRY);
            switch (action) {
                case SEND -> ledger.record(d, owner, action, answer, null, null, now);
                case GIVE_UP -> {
                    LOG.warnf("%s %s of %s given up after %d attempts: %s", d.channel(), d.id(), d.eventType(),
                            attempts, error);
                    ledger.record(d, owner, action, answer, error, null, null);
                }
                case BACK_OFF -> {
                    Instant next = now.plus(Backoff.withJitter(attempts, backoff, maxBackoff,
                            ThreadLocalRandom.current()));
                    if (d.channel() == MessageChannel.SMS) { // a retry does not wake people at night either
                        next = new QuietHours(quietStart, quietEnd, quietZone).notBefore(next, d.major());
                    }
                    LOG.warnf("%s %s of %s failed (attempt %d of %d), tried again at %s: %s", d.channel(), d.id(),
                            d.eventType(), attempts, maxAttempts, next, error);
                    ledger.record(d, owner, action, answer, error, next, null);
                }
                default -> throw new IllegalStateException(action + " does not follow an attempt");
            }
        } catch (RuntimeException e) {
            // the lease runs out and the message is attempted again: at least once, at most once more
            LOG.errorf(e, "could not record the outcome of message %s", d.id());
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
