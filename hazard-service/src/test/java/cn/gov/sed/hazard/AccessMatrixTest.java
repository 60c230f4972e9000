package cn.gov.sed.hazard;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Endpoint × role × own/foreign → the exact status. "Own" callers with an empty body get past security and
 * scope and stop at validation (400) or at the state machine (409); foreign ones get 404, wrong roles 403.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class AccessMatrixTest {
    private static final String OWN = "120118";
    private static final String FOREIGN = "120119";
    private static String hazardId;
    private static String unitUscc;

    /** One LISTED hazard of district OWN, reported by HOUSING of that district. */
    private static synchronized String hazard() {
        if (hazardId == null) {
            unitUscc = Fixtures.uscc();
            hazardId = given().auth().oauth2(Tokens.department("HOUSING", OWN)).contentType(ContentType.JSON)
                    .body(Map.of("district", OWN, "unitUscc", unitUscc, "unitName", "矩阵单位", "equipmentCategory", "3110",
                            "description", "矩阵测试", "foundAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).toString()))
                    .post("/api/v1/hazards").then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.inspector(OWN)).contentType(ContentType.JSON)
                    .body(Map.of("specialEquipmentHazard", true, "severity", "GENERAL", "hazardType", "OTHER"))
                    .post("/api/v1/hazards/" + hazardId + "/classification").then().statusCode(200);
        }
        return hazardId;
    }

    record Caller(String name, Supplier<String> token) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Caller CITY = new Caller("city", Tokens::city);
    static final Caller ADMIN = new Caller("district-admin own", () -> Tokens.districtAdmin(OWN));
    static final Caller ADMIN_FOREIGN = new Caller("district-admin foreign", () -> Tokens.districtAdmin(FOREIGN));
    static final Caller INSPECTOR = new Caller("inspector own", () -> Tokens.inspector(OWN));
    static final Caller INSPECTOR_FOREIGN = new Caller("inspector foreign", () -> Tokens.inspector(FOREIGN));
    static final Caller DEPT = new Caller("department own", () -> Tokens.department("HOUSING", OWN));
    static final Caller DEPT_OTHER = new Caller("department other", () -> Tokens.department("EDUCATION", null));
    static final Caller DEPT_FOREIGN = new Caller("department foreign district", () -> Tokens.department("HOUSING", FOREIGN));
    static final Caller UNIT = new Caller("unit own", () -> Tokens.unit(unitUscc));
    static final Caller UNIT_OTHER = new Caller("unit other", () -> Tokens.unit("91120101MA05K3XQ1F"));
    static final Caller ADMIN_NO_CLAIM = new Caller("district-admin without district", () -> Tokens.of("a", "district-admin", null, null, null));
    static final Caller UNIT_NO_CLAIM = new Caller("unit without uscc", () -> Tokens.of("u", "unit", null, null, null));
    static final Caller DEPT_NO_CLAIM = new Caller("department without department", () -> Tokens.of("d", "department", OWN, null, null));
    static final Caller NONE = new Caller("no token", () -> null);
    static final Caller EXPIRED = new Caller("expired", () -> Tokens.expired(OWN));
    static final Caller WRONG_ISSUER = new Caller("wrong issuer", () -> Tokens.wrongIssuer(OWN));
    static final Caller OTHER_KEY = new Caller("signed by another key", () -> Tokens.signedByAnotherKey(OWN));
    static final Caller ALG_NONE = new Caller("alg none", Tokens::algNone);

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        String h = "/api/v1/hazards/{H}";
        // reading one hazard
        add(rows, "GET", h, CITY, 200, ADMIN, 200, ADMIN_FOREIGN, 404, INSPECTOR, 200, INSPECTOR_FOREIGN, 404,
                DEPT, 200, DEPT_OTHER, 404, DEPT_FOREIGN, 404, UNIT, 200, UNIT_OTHER, 404);
        add(rows, "GET", "/api/v1/hazards", CITY, 200, ADMIN, 200, INSPECTOR, 200, DEPT, 200, UNIT, 200,
                NONE, 401, EXPIRED, 401, WRONG_ISSUER, 401, OTHER_KEY, 401, ALG_NONE, 401);
        // reporting
        add(rows, "POST", "/api/v1/hazards", CITY, 403, ADMIN, 400, INSPECTOR, 400, DEPT, 400, UNIT, 403, NONE, 401);
        // the actions: an empty body stops at validation or at the state machine once allowed in
        add(rows, "POST", h + "/classification", CITY, 403, ADMIN, 400, ADMIN_FOREIGN, 404, INSPECTOR, 400,
                INSPECTOR_FOREIGN, 404, DEPT, 403, UNIT, 403, NONE, 401);
        add(rows, "PUT", h + "/rectification-plan", CITY, 403, ADMIN, 400, ADMIN_FOREIGN, 404, INSPECTOR, 400,
                INSPECTOR_FOREIGN, 404, DEPT, 403, UNIT, 400, UNIT_OTHER, 404, NONE, 401);
        add(rows, "POST", h + "/rectification-report", CITY, 403, ADMIN, 409, ADMIN_FOREIGN, 404, INSPECTOR, 409,
                DEPT, 403, UNIT, 409, UNIT_OTHER, 404);
        add(rows, "POST", h + "/verification", CITY, 403, ADMIN, 403, INSPECTOR, 409, INSPECTOR_FOREIGN, 404,
                DEPT, 403, UNIT, 403);
        // the lists, the statistics and the measures
        add(rows, "GET", "/api/v1/hazard-list", CITY, 200, ADMIN, 200, INSPECTOR, 200, DEPT, 403, UNIT, 403, NONE, 401);
        add(rows, "GET", "/api/v1/hazard-statistics?groupBy=status", CITY, 200, ADMIN, 200, INSPECTOR, 200, DEPT, 403,
                UNIT, 403, NONE, 401);
        add(rows, "GET", "/api/v1/hazard-statistics?groupBy=status&district=" + OWN, ADMIN, 200, ADMIN_FOREIGN, 403,
                INSPECTOR_FOREIGN, 403, CITY, 200);
        add(rows, "GET", "/api/v1/hazard-statistics/common-issues", CITY, 200, ADMIN, 200, INSPECTOR, 200, DEPT, 403, UNIT, 403);
        add(rows, "GET", "/api/v1/measures", CITY, 200, ADMIN, 200, INSPECTOR, 403, DEPT, 403, UNIT, 403, NONE, 401);
        add(rows, "POST", "/api/v1/measures", CITY, 400, ADMIN, 400, INSPECTOR, 403, DEPT, 403, UNIT, 403, NONE, 401);
        add(rows, "GET", "/api/v1/measures-list", CITY, 200, ADMIN, 200, INSPECTOR, 403, DEPT, 403, UNIT, 403);
        // tokens missing the claim their role needs see nothing and change nothing
        add(rows, "GET", h, ADMIN_NO_CLAIM, 404, UNIT_NO_CLAIM, 404, DEPT_NO_CLAIM, 404);
        add(rows, "GET", "/api/v1/hazards", ADMIN_NO_CLAIM, 200, UNIT_NO_CLAIM, 200, DEPT_NO_CLAIM, 200);
        add(rows, "GET", "/api/v1/measures", ADMIN_NO_CLAIM, 200);
        add(rows, "GET", "/api/v1/hazard-statistics?groupBy=district", ADMIN_NO_CLAIM, 200);
        add(rows, "GET", "/api/v1/hazards?district=" + OWN, ADMIN, 200, ADMIN_FOREIGN, 403, DEPT_FOREIGN, 403, CITY, 200);
        return rows.stream();
    }

    private static void add(List<Arguments> rows, String method, String path, Object... callerAndStatus) {
        for (int i = 0; i < callerAndStatus.length; i += 2) {
            rows.add(Arguments.of(method, path, callerAndStatus[i], callerAndStatus[i + 1]));
        }
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void statusFor(String method, String path, Caller caller, int expected) {
        String url = path.replace("{H}", hazard());
        RequestSpecification request = given();
        String token = caller.token().get();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("POST") || method.equals("PUT")) {
            request.contentType(ContentType.JSON).body("{}");
        }
        var response = request.request(method, url).then().statusCode(expected);
        if (expected >= 400) {
            response.contentType("application/problem+json").body("status", equalTo(expected));
        }
    }
}
