package cn.gov.sed.platform.inbox;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventJson;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.platform.tracing.EventTraces;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The idempotent consumer every service's topics go through ({@link EventChannels}), one record at a time:
 * <ol>
 *   <li>reads the CloudEvents headers and the payload; a message that cannot be read or breaks the contract
 *   throws {@link PoisonMessageException} (dead-lettered, the consumer carries on);</li>
 *   <li>in one transaction records the {@code ce_id} in the inbox and applies the effect, so a redelivery does
 *   nothing; the offset is committed after that ({@link EventChannel});</li>
 *   <li>handles it in a span continuing the record's {@code traceparent} ({@link EventTraces}), so the events the
 *   handler writes carry the same trace onwards;</li>
 *   <li>retries a passing failure (the database restarting, a lost race) with back-off, without limit: it is
 *   never dead-lettered. Other failures are retried a few times, then dead-lettered with their reason.</li>
 * </ol>
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final int MAX_ATTEMPTS_FOR_UNKNOWN_FAILURES = 5;

    @Inject
    Inbox inbox;

    @Inject
    EventTraces traces;

    @ConfigProperty(name = "quarkus.application.name")
    String consumerName;

    @Inject
    MeterRegistry meters;
    @Inject
    DeadLetters deadLetters;

    private Timer brokerToHandled;

    @PostConstruct
    void meters() {
        brokerToHandled = Timer.builder("sed.inbox.broker.to.handled")
                .description("time from an event's send by its producer (the record's timestamp) to its effect committed here")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    public void consume(ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
        try {
            handle(record, handlers);
        } catch (RuntimeException e) {
            deadLetters.counted(record); // the channel sends it to the dead-letter topic
            throw e;
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
        long received = System.currentTimeMillis();
        String ceId = header(record, "ce_id");
        String ceType = header(record, "ce_type");
        if (ceId == null || ceId.isBlank()) {
            throw new PoisonMessageException("missing ce_id header");
        }
        try {
            UUID.fromString(ceId);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("ce_id is not a UUID: " + ceId);
        }
        if (ceType == null) {
            throw new PoisonMessageException("missing ce_type header");
        }
        EventType type = EventType.byCeType(ceType)
                .orElseThrow(() -> new PoisonMessageException("unknown ce_type " + ceType));
        if (!type.topic().equals(record.topic())) {
            throw new PoisonMessageException(ceType + " does not belong on topic " + record.topic());
        }
        var handler = handlers.handlerFor(type);
        if (handler == null) {
            return; // an event of the catalogue this consumer does not need
        }
        // handled in a span whose parent is the record's traceparent, so the events the handler writes carry the trace on
        Span span = traces.startHandling(record, ceId, ceType);
        try (Scope ignored = span.makeCurrent()) {
            if (record.value() == null) {
                throw new PoisonMessageException("empty payload");
            }
            DomainEvent payload;
            try {
                payload = EventJson.read(record.value(), type.payloadClass());
            } catch (IllegalArgumentException e) {
                throw new PoisonMessageException(e.getMessage(), e);
            }
            InboundEvent<DomainEvent> event = new InboundEvent<>(ceId, type, header(record, "ce_source"),
                    header(record, "ce_time"), header(record, "ce_subject"), payload, record.value());
            long begun = System.currentTimeMillis();
            applyWithRetry(event, handler);
            long committed = System.currentTimeMillis();
            brokerToHandled.record(Duration.ofMillis(Math.max(0, committed - record.timestamp())));
            // inside the span: in prod's JSON logs this line carries the event's trace id (traceId in the MDC)
            LOG.debugf("%s %s: received %d ms after it was sent, read in %d ms, applied and committed in %d ms", ceType,
                    ceId, received - record.timestamp(), begun - received, committed - begun);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e instanceof PoisonMessageException ? "dead-lettered" : "failed");
            throw e;
        } finally {
            span.end();
        }
    }

    private void applyWithRetry(InboundEvent<DomainEvent> event, java.util.function.Consumer<InboundEvent<?>> handler) {
        long backoffMs = 200;
        int unknownFailures = 0;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstTime(consumerName, event.ceId(), event.type().ceType())) {
                        handler.accept(event);
                    }
                });
                return;
            } catch (PoisonMessageException e) {
                throw e;
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    LOG.warnf("passing failure on %s %s (%s); retrying in %d ms", event.type().eventName(),
                            event.ceId(), TransientFailures.describe(e), backoffMs);
                } else if (++unknownFailures >= MAX_ATTEMPTS_FOR_UNKNOWN_FAILURES) {
                    throw new PoisonMessageException("handler failed " + unknownFailures + " times: "
                            + TransientFailures.describe(e), e);
                } else {
                    LOG.warnf(e, "handler failed on %s %s; attempt %d", event.type().eventName(), event.ceId(),
                            unknownFailures);
                }
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 15_000);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
