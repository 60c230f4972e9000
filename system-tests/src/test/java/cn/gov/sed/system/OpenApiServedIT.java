package cn.gov.sed.system;

import cn.gov.sed.testing.OpenApiContract;
import cn.gov.sed.testing.RunningSuite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged services prepare their OpenAPI document on its first request, not during the start (platform
 * {@code LazyOpenApiDocumentService}), and serve the same document all the same: what the committed spec says, in YAML
 * and in JSON alike, to callers arriving together.
 */
class OpenApiServedIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void eachServiceServesItsCommittedSpecPreparedOnTheFirstRequest() throws Exception {
        RunningSuite suite = RunningSuite.get();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            for (String service : RunningSuite.SERVICES) {
                String url = suite.url(service);
                // eight callers at once, half asking for JSON: one preparation, the same document for all
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    boolean json = i % 2 == 1;
                    answers.add(callers.submit(() -> given().baseUri(url).queryParam("format", json ? "json" : "yaml")
                            .get("/q/openapi").then().statusCode(200).extract().asString()));
                }
                JsonNode committed = YAML.readTree(OpenApiContract.committedSpec(service).toFile());
                for (int i = 0; i < answers.size(); i++) {
                    ObjectNode document = (ObjectNode) (i % 2 == 1 ? JSON : YAML).readTree(answers.get(i).get());
                    // the server entry names the service where it runs (the committed spec: the test port)
                    assertEquals(url, document.path("servers").path(0).path("url").asText(),
                            service + ": answer " + i);
                    document.set("servers", committed.path("servers"));
                    assertEquals(committed, document, service + ": answer " + i + " (" + (i % 2 == 1 ? "JSON" : "YAML")
                            + ") differs from " + OpenApiContract.committedSpec(service));
                }
                // the log gathers every run of the service: only what its current process wrote counts
                String log = Files.readString(Path.of("target", "system-tests", service + ".log"));
                int started = log.lastIndexOf(") started in ");
                assertTrue(started >= 0, service + ": no start in its log");
                String sinceStart = log.substring(started);
                String prepared = "OpenAPI document prepared on its first request";
                assertTrue(sinceStart.contains(prepared),
                        service + " prepared its OpenAPI document at start, not on its first request (see its log)");
                assertEquals(sinceStart.indexOf(prepared), sinceStart.lastIndexOf(prepared),
                        service + " prepared its OpenAPI document more than once");
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
