package cn.gov.sed.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A small OTLP/HTTP receiver (protobuf, as the OpenTelemetry collector takes it on 4318): the services export their
 * spans to it and a test reads them. Bound to loopback; every path is accepted ({@code /v1/traces} in practice).
 */
final class OtlpReceiver implements AutoCloseable {
    /** One span as received: ids in lower-case hex (the parent empty for a root span). */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
                        Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    static OtlpReceiver start() throws IOException {
        return new OtlpReceiver();
    }

    /** The base URL to give the exporters ({@code OTEL_EXPORTER_OTLP_ENDPOINT}). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** What could not be read (a test asserts there is none). */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            try {
                ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
                for (ResourceSpans resource : request.getResourceSpansList()) {
                    String service = resource.getResource().getAttributesList().stream()
                            .filter(a -> a.getKey().equals("service.name")).map(a -> a.getValue().getStringValue())
                            .findFirst().orElse("?");
                    for (ScopeSpans scope : resource.getScopeSpansList()) {
                        for (io.opentelemetry.proto.trace.v1.Span span : scope.getSpansList()) {
                            spans.add(new ReceivedSpan(service, hex(span.getTraceId().toByteArray()),
                                    hex(span.getSpanId().toByteArray()), hex(span.getParentSpanId().toByteArray()),
                                    span.getName(), span.getKind().name(), attributes(span.getAttributesList())));
                        }
                    }
                }
            } catch (IOException e) {
                failures.add(exchange.getRequestURI() + ": " + e.getMessage());
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private static Map<String, String> attributes(List<KeyValue> values) {
        return values.stream().collect(Collectors.toMap(KeyValue::getKey, v -> v.getValue().hasStringValue()
                ? v.getValue().getStringValue() : String.valueOf(v.getValue()).trim(), (a, b) -> b));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
