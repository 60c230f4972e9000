package cn.gov.sed.console;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/v1/... reaches the service that owns the path, with the safe headers only; failures become problems. */
@QuarkusTest
@QuarkusTestResource(value = Upstreams.class, restrictToAnnotatedClass = true)
class ConsoleRoutingTest {

    @TestHTTPResource("/")
    URL console;

    @BeforeEach
    void reset() {
        Upstreams.reset();
    }

    @Test
    void eachPathReachesTheServiceThatOwnsItWithItsQueryAndAnswer() {
        Upstreams.task.stubFor(get(urlPathEqualTo("/api/v1/battle-map"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"7\"").withBody("{\"from\":\"task\"}")));
        Upstreams.hazard.stubFor(get(urlPathEqualTo("/api/v1/hazard-list"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"from\":\"hazard\"}")));
        Upstreams.inspection.stubFor(get(urlPathEqualTo("/api/v1/units/42"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Not Found\",\"status\":404}")));

        given().get("/api/v1/battle-map?district=120101").then().statusCode(200).header("ETag", "\"7\"")
                .body("from", equalTo("task"));
        given().get("/api/v1/hazard-list?severity=MAJOR&page=2").then().statusCode(200).body("from", equalTo("hazard"));
        // the service's own problem passes through unchanged
        given().get("/api/v1/units/42").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not Found"));

        Upstreams.task.verify(getRequestedFor(urlEqualTo("/api/v1/battle-map?district=120101")));
        Upstreams.hazard.verify(getRequestedFor(urlEqualTo("/api/v1/hazard-list?severity=MAJOR&page=2")));
        Upstreams.task.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/hazard-list")));
        Upstreams.inspection.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/battle-map")));
    }

    @Test
    void onlyTheHeadersTheApiReadsTravelUpstreamAndTheHostIsTheConsoles() {
        Upstreams.hazard.stubFor(post(urlPathEqualTo("/api/v1/hazards/h1/verifications"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", "http://elsewhere/x").withBody("{}")));

        given().header("Authorization", "Bearer abc").header("Idempotency-Key", "k-1").header("If-Match", "\"3\"")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .header("Cookie", "session=secret").header("X-Forwarded-For", "10.0.0.1")
                .header("X-Forwarded-Host", "evil.example").header("X-Internal-Admin", "yes")
                .contentType("application/json").body("{\"result\":\"PASSED\"}")
                .post("/api/v1/hazards/h1/verifications").then().statusCode(201);

        Upstreams.hazard.verify(postRequestedFor(urlPathEqualTo("/api/v1/hazards/h1/verifications"))
                .withHeader("Authorization", WireMock.equalTo("Bearer abc"))
                .withHeader("Idempotency-Key", WireMock.equalTo("k-1"))
                .withHeader("If-Match", WireMock.equalTo("\"3\""))
                .withHeader("traceparent", WireMock.equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
                .withHeader("Content-Type", WireMock.containing("application/json"))
                .withHeader("Host", WireMock.equalTo(console.getHost() + ":" + console.getPort()))
                .withHeader("Cookie", absent())
                .withHeader("X-Forwarded-For", absent())
                .withHeader("X-Forwarded-Host", absent())
                .withHeader("X-Internal-Admin", absent())
                .withRequestBody(WireMock.equalToJson("{\"result\":\"PASSED\"}")));
    }

    @Test
    void largeBodiesPassBothWaysIntact() throws Exception {
        byte[] export = new byte[16 * 1024 * 1024];
        new Random(15).nextBytes(export);
        Upstreams.hazard.stubFor(get(urlPathEqualTo("/api/v1/hazard-list/export"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv")
                        .withHeader("Content-Disposition", "attachment; filename=\"hazards.csv\"").withBody(export)));
        Response answer = given().get("/api/v1/hazard-list/export?format=csv");
        assertEquals(200, answer.statusCode());
        assertEquals("attachment; filename=\"hazards.csv\"", answer.header("Content-Disposition"));
        assertArrayEquals(sha256(export), sha256(answer.asByteArray()));

        byte[] upload = new byte[8 * 1024 * 1024];
        new Random(16).nextBytes(upload);
        Upstreams.inspection.stubFor(post(urlPathEqualTo("/api/v1/units/import")).willReturn(aResponse().withStatus(202)));
        given().contentType("application/octet-stream").body(upload).post("/api/v1/units/import").then().statusCode(202);
        byte[] received = Upstreams.inspection.getAllServeEvents().get(0).getRequest().getBody();
        assertEquals(HexFormat.of().formatHex(sha256(upload)), HexFormat.of().formatHex(sha256(received)));
    }

    @Test
    void aServiceThatIsDownIsA502Problem() {
        given().get("/api/v1/notifications").then().statusCode(502).contentType("application/problem+json")
                .body("status", equalTo(502)).body("title", equalTo("Bad Gateway"))
                .body("detail", containsString("notification-service"));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA504Problem() {
        Upstreams.task.stubFor(get(urlPathEqualTo("/api/v1/tasks"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(15000).withBody("{}")));
        given().get("/api/v1/tasks").then().statusCode(504).contentType("application/problem+json")
                .body("status", equalTo(504)).body("detail", containsString("task-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/outbox", "/api/v1/nothing-here", "/api/v1/", "/api/v1/q/health"})
    void aPathNoServiceOwnsIs404AndReachesNone(String path) {
        given().get(path).then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        assertNothingReachedUpstream();
    }

    /** Sent on a raw socket: HTTP clients normalise such paths before sending them. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/../q/health", "/api/v1/tasks/../../q/health", "/api/v1/tasks/..%2f..%2fq%2fhealth",
            "/api/v1/tasks%2F123", "/api/v1/%2e%2e/q/health", "//api/v1/tasks", "/api/v1/tasks/./x",
            "http://169.254.169.254/latest/meta-data", "/api/v1/tasks/%00", "/api/v1/tasks/%5c..%5cx"})
    void aPathTrickIsA400ProblemAndReachesNoService(String rawPath) throws Exception {
        String answer = rawGet(rawPath);
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertNothingReachedUpstream();
    }

    /** A raw backslash is not a URI character: the HTTP server refuses the request before the console's code sees it. */
    @Test
    void aBackslashInThePathIsRefusedAndReachesNoService() throws Exception {
        assertTrue(rawGet("/api/v1/tasks\\..\\..\\q\\health").startsWith("HTTP/1.1 400"));
        assertNothingReachedUpstream();
    }

    private static void assertNothingReachedUpstream() {
        Upstreams.inspection.verify(0, anyRequestedFor(anyUrl()));
        Upstreams.hazard.verify(0, anyRequestedFor(anyUrl()));
        Upstreams.task.verify(0, anyRequestedFor(anyUrl()));
    }

    private String rawGet(String rawPath) throws Exception {
        try (Socket socket = new Socket(console.getHost(), console.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + console.getHost() + ":" + console.getPort()
                    + "\r\nAuthorization: Bearer abc\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder answer = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answer.append(line).append('\n');
            }
            return answer.toString();
        }
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
