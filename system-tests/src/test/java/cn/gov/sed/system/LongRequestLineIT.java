package cn.gov.sed.system;

import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A careless caller's over-long query value, in a request line longer than Netty's default 4 KB: the packaged
 * services (and the console's route to them) read lines up to 16 KB, so the value gets the problem that names it
 * (platform {@code QueryValueLimit}) instead of a bare 414 from the HTTP codec. Past 16 KB the codec answers 414
 * before any code of ours runs, and the service goes on serving.
 */
class LongRequestLineIT {
    /** Each service's main list, as its own path. */
    private static final Map<String, String> LISTS = Map.of("inspection-service", "/api/v1/inspections",
            "hazard-service", "/api/v1/hazards", "task-service", "/api/v1/tasks",
            "notification-service", "/api/v1/notifications/inbox");
    /** 700 characters, 6,300 bytes once percent-encoded: a request line between 4 and 16 KB. */
    private static final String OVER_ITS_LIMIT = "和平区".repeat(233) + "和";
    /** 2,000 characters, 18,000 bytes encoded: over the 16 KB line. */
    private static final String OVER_THE_LINE = "和".repeat(2000);

    @Test
    void aLongQueryValueIsAProblemNamingItAtEveryServiceAndThroughTheConsole() {
        RunningSuite suite = RunningSuite.get();
        for (var list : LISTS.entrySet()) {
            // the service's answer, also checked against its OpenAPI document (the suite's REST Assured filter)
            assertNamesDistrict(given().baseUri(suite.url(list.getKey())), list.getValue());
            // the console routes /api/v1 to the service that owns the path: the service's problem comes back (the
            // console publishes no OpenAPI document of its own, so its answer is checked by the assertions alone)
            assertNamesDistrict(given().noFilters().baseUri(suite.url(RunningSuite.CONSOLE)), list.getValue());
        }
    }

    @Test
    void aRequestLineOver16KbIsRefusedByTheCodecAndTheServiceGoesOn() {
        RunningSuite suite = RunningSuite.get();
        for (var list : LISTS.entrySet()) {
            String url = suite.url(list.getKey());
            // the HTTP codec's answer, before the API: a status without a body, in no operation of the spec (whose
            // 4xx all carry a problem), hence not checked against it
            given().noFilters().baseUri(url).auth().oauth2(Tokens.city()).queryParam("district", OVER_THE_LINE)
                    .get(list.getValue()).then().statusCode(414);
            given().baseUri(url).auth().oauth2(Tokens.city()).get(list.getValue()).then().statusCode(200);
        }
    }

    private static void assertNamesDistrict(RequestSpecification caller, String path) {
        caller.auth().oauth2(Tokens.city()).queryParam("district", OVER_ITS_LIMIT).get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("district"))
                .body("violations[0].message", equalTo("may be at most 200 characters"));
    }
}
