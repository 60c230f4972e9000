package cn.gov.sed.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries a trace across the outbox (W3C Trace Context): the span that records an event lends its
 * {@code traceparent} (and {@code tracestate}) to the outbox row, the relay sends them as the record's headers, and
 * the consumer handles the event in a span whose parent is that header, so the events the handler writes carry the
 * same trace id onwards: one trace shows inspection → hazard → task → notification.
 * <p>
 * Only the OpenTelemetry API is used (the W3C propagator, the injected {@link Tracer}): the trace id travels whether
 * or not the span is sampled and whether or not an exporter is configured; an unsampled span costs two ids and no
 * recording. A header that cannot be read is ignored (the event is handled in a new trace) and logged once.
 */
@ApplicationScoped
public class EventTraces {
    private static final Logger LOG = Logger.getLogger(EventTraces.class);
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** Version 00 of the header, the one every producer of ours writes: {@code 00-<32 hex>-<16 hex>-<2 hex>}. */
    static final int TRACEPARENT_LENGTH = 55;
    /** A later version may be longer; anything beyond this is not a traceparent, whatever it says. */
    static final int TRACEPARENT_MAX_BYTES = 256;
    /** W3C asks to pass on at least 512 characters of tracestate and allows dropping it beyond that (as we do). */
    static final int TRACESTATE_MAX = 512;

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    Tracer tracer;

    /** The trace context stored with an outbox row; both fields null outside any trace. */
    public record TraceHeaders(String traceparent, String tracestate) {
        public static final TraceHeaders NONE = new TraceHeaders(null, null);
    }

    /** The trace context of the current span (a request's, a handled event's, a job's), for an outbox row. */
    public static TraceHeaders current() {
        if (!Span.current().getSpanContext().isValid()) {
            return TraceHeaders.NONE;
        }
        Map<String, String> carrier = new HashMap<>(4);
        W3C.inject(Context.current(), carrier, Map::put);
        String parent = carrier.get(TRACEPARENT);
        String state = carrier.get(TRACESTATE);
        if (parent == null || parent.length() != TRACEPARENT_LENGTH) {
            return TraceHeaders.NONE;
        }
        return new TraceHeaders(parent, state == null || state.isEmpty() || state.length() > TRACESTATE_MAX ? null : state);
    }

    /**
     * Starts the span in which a consumed event is handled. Its parent is the record's {@code traceparent}; a record
     * without one starts a new trace, and so does one whose header cannot be read (ignored and logged once, the event
     * is handled all the same). The caller makes it current and ends it.
     */
    public Span startHandling(ConsumerRecord<?, ?> record, String ceId, String ceType) {
        return tracer.spanBuilder("process " + record.topic())
                .setParent(parentOf(record, ceId))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.message.id", ceId)
                .setAttribute("cloudevents.event_id", ceId)
                .setAttribute("cloudevents.event_type", ceType)
                .startSpan();
    }

    /** The context to continue: the record's traceparent, or the root (a new trace). */
    Context parentOf(ConsumerRecord<?, ?> record, String ceId) {
        byte[] parent = lastHeader(record, TRACEPARENT);
        if (parent == null) {
            return Context.root();
        }
        if (parent.length > TRACEPARENT_MAX_BYTES) {
            ignored(record, ceId, "a traceparent header of " + parent.length + " bytes");
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>(4);
        carrier.put(TRACEPARENT, new String(parent, StandardCharsets.UTF_8));
        byte[] state = lastHeader(record, TRACESTATE);
        if (state != null && state.length <= TRACESTATE_MAX) {
            carrier.put(TRACESTATE, new String(state, StandardCharsets.UTF_8)); // a longer one is dropped, as W3C allows
        }
        Context extracted = W3C.extract(Context.root(), carrier, FROM_MAP);
        SpanContext remote = Span.fromContext(extracted).getSpanContext();
        if (!remote.isValid()) {
            ignored(record, ceId, "an unreadable traceparent header (" + printable(carrier.get(TRACEPARENT)) + ")");
            return Context.root();
        }
        return extracted;
    }

    private static void ignored(ConsumerRecord<?, ?> record, String ceId, String what) {
        LOG.warnf("event %s on %s carries %s: ignored, the event is handled in a new trace", ceId, record.topic(), what);
    }

    /** At most 60 characters, anything but the header's own alphabet shown as '?': no control characters in our log. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < 60; i++) {
            char c = value.charAt(i);
            out.append((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ? c : '?');
        }
        return value.length() > 60 ? out + "…" : out.toString();
    }

    private static byte[] lastHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
