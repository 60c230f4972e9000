package cn.gov.sed.system;

import cn.gov.sed.system.OtlpReceiver.ReceivedSpan;
import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.gov.sed.system.Fixtures.at;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trace across the suite (issue 14): an inspector's client completes an inspection with a major finding and
 * sends a W3C {@code traceparent}; inspection-service writes HazardFound through its outbox, hazard-service registers
 * the hazard, task-service opens the listed-supervision task and notification-service tells the unit. The services
 * run with an OTLP exporter pointed at a receiver of this test and every trace sampled; the test reads their spans:
 * each service has a span in the client's trace, and each consumer's span leads back, parent by parent, through the
 * service that wrote the event, to the client's own span. The same trace id is in the services' JSON log lines.
 */
class TracePropagationIT {
    private static final String DISTRICT = "120101";
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CLIENT_SPAN = "b7ad6b7169203331";
    private static final Path LOGS = Paths.get("target", "system-tests");

    private static OtlpReceiver receiver;

    @BeforeAll
    static void exportTheSuitesTraces() throws Exception {
        receiver = OtlpReceiver.start();
        RunningSuite.get().restartServicesWith(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "OTEL_TRACES_SAMPLER_ARG", "1",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.5S",
                // the prod log format, and the consumer's line per handled event
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true",
                "QUARKUS_LOG_CATEGORY__CN_GOV_SED_PLATFORM_INBOX__LEVEL", "DEBUG"));
    }

    @AfterAll
    static void restoreTheSuite() {
        try {
            RunningSuite.get().restartServicesWith(Map.of());
        } finally {
            receiver.close();
        }
    }

    @Test
    void oneTraceRunsFromTheInspectionThroughHazardAndTaskToTheNotification() throws Exception {
        String city = Tokens.city();
        String inspector = Tokens.inspector(DISTRICT);
        String uscc = Fixtures.newCreditCode(DISTRICT);
        int n = Integer.parseInt(uscc.substring(12, 17));
        String unitId = at("inspection-service", city).body(Fixtures.unit(uscc, DISTRICT, "链路追踪商厦"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String liftId = at("inspection-service", city).body(Fixtures.elevator(unitId, n))
                .post("/api/v1/equipment").then().statusCode(201).extract().path("id");
        String inspectionId = at("inspection-service", inspector).body(Fixtures.inspection(DISTRICT, unitId))
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        at("inspection-service", inspector).body(Map.of("startedAt", Fixtures.now()))
                .post("/api/v1/inspections/" + inspectionId + "/start").then().statusCode(200);
        at("inspection-service", inspector).body(Map.of("equipmentId", liftId, "checklistItemCode", "E01",
                        "description", "门锁回路被短接（链路追踪）")) // major by default: a listed-supervision task follows
                .post("/api/v1/inspections/" + inspectionId + "/findings").then().statusCode(201);

        // the one traced request: the client's span is the root of everything that follows
        at("inspection-service", inspector).header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN + "-01")
                .post("/api/v1/inspections/" + inspectionId + "/complete").then().statusCode(200);

        // what a user sees: the hazard, its task, the unit told
        await().atMost(RunningSuite.patience()).untilAsserted(() -> at("hazard-service", city)
                .queryParam("unitUscc", uscc).get("/api/v1/hazards").then().statusCode(200).body("total", equalTo(1)));
        String hazardId = at("hazard-service", city).queryParam("unitUscc", uscc).get("/api/v1/hazards")
                .then().extract().path("items[0].id");
        await().atMost(RunningSuite.patience()).untilAsserted(() -> at("task-service", city)
                .queryParam("hazardId", hazardId).get("/api/v1/tasks").then().statusCode(200).body("total", equalTo(1)));
        await().atMost(RunningSuite.patience()).untilAsserted(() -> at("notification-service", Tokens.unit(uscc))
                .get("/api/v1/notifications/inbox").then().statusCode(200).body("items.type", hasItem("HazardRegistered")));

        // the trace: each service's part of it, each consumer's span a descendant of the writer's
        await().atMost(RunningSuite.patience()).untilAsserted(() -> {
            Map<String, ReceivedSpan> trace = receiver.spans().stream().filter(s -> s.traceId().equals(TRACE_ID))
                    .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));
            ReceivedSpan request = trace.values().stream()
                    .filter(s -> s.service().equals("inspection-service") && s.kind().equals("SPAN_KIND_SERVER"))
                    .findFirst().orElseThrow(() -> new AssertionError("no request span of inspection-service in "
                            + describe(trace)));
            assertEquals(CLIENT_SPAN, request.parentSpanId(), "the request continues the client's span");
            assertLeadsBack(trace, handling(trace, "hazard-service", "inspection-events"), "inspection-service");
            assertLeadsBack(trace, handling(trace, "task-service", "hazard-events"), "hazard-service");
            assertLeadsBack(trace, handling(trace, "notification-service", "hazard-events"), "hazard-service");
        });
        assertEquals(List.of(), receiver.failures());
        System.out.println("the trace " + TRACE_ID + " as received: " + describe(receiver.spans().stream()
                .filter(s -> s.traceId().equals(TRACE_ID))
                .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a))));

        // the same trace id in the JSON log line hazard-service wrote while handling HazardFound
        await().atMost(RunningSuite.patience()).untilAsserted(() -> {
            List<String> lines = Files.readAllLines(LOGS.resolve("hazard-service.log")).stream()
                    .filter(l -> l.startsWith("{") && l.contains("\"traceId\":\"" + TRACE_ID + "\"")).toList();
            assertTrue(!lines.isEmpty(), "a JSON line of hazard-service with the trace id");
            assertTrue(lines.stream().anyMatch(l -> l.contains("sed.HazardFound")), lines.toString());
        });
    }

    /** The span in which {@code service} handled an event of {@code topic} in the trace. */
    private static ReceivedSpan handling(Map<String, ReceivedSpan> trace, String service, String topic) {
        Optional<ReceivedSpan> span = trace.values().stream().filter(s -> s.service().equals(service)
                && s.kind().equals("SPAN_KIND_CONSUMER") && s.name().equals("process " + topic)).findFirst();
        return span.orElseThrow(() -> new AssertionError("no span of " + service + " handling " + topic + " in "
                + describe(trace)));
    }

    /** Parent by parent, the span leads through a span of {@code writer} to the client's span. */
    private static void assertLeadsBack(Map<String, ReceivedSpan> trace, ReceivedSpan span, String writer) {
        Set<String> services = new java.util.LinkedHashSet<>();
        ReceivedSpan current = span;
        for (int hops = 0; hops < 50 && !current.parentSpanId().equals(CLIENT_SPAN); hops++) {
            ReceivedSpan parent = trace.get(current.parentSpanId());
            if (parent == null) {
                throw new AssertionError(current.service() + " span '" + current.name() + "' has parent "
                        + current.parentSpanId() + ", not in the trace: " + describe(trace));
            }
            services.add(parent.service());
            current = parent;
        }
        assertEquals(CLIENT_SPAN, current.parentSpanId(), "the chain ends at the client's span");
        assertTrue(services.contains(writer), span.service() + " → " + services + " passes through " + writer);
    }

    private static String describe(Map<String, ReceivedSpan> trace) {
        Map<String, List<String>> byService = new HashMap<>();
        trace.values().forEach(s -> byService.computeIfAbsent(s.service(), k -> new java.util.ArrayList<>())
                .add(s.kind() + " '" + s.name() + "' " + s.spanId() + "<-" + s.parentSpanId()));
        return byService.toString();
    }
}
