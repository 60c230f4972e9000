package cn.gov.sed.inspection;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static cn.gov.sed.inspection.Fixtures.HEDONG;
import static cn.gov.sed.inspection.Fixtures.HEPING;
import static io.restassured.RestAssured.given;

/**
 * Who may do what: endpoint × role × own or foreign district/unit → the exact status. Adding an endpoint means
 * adding its rows here. The caller's own district is 和平区 (120101); foreign records lie in 河东区 (120102).
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class AccessMatrixTest {
    private static final String NO_TOKEN = null;

    /** One row: a request made with one token and the status it must get. */
    record Case(String method, String path, Supplier<Object> body, String who, String token, int expected) {
        String name() {
            return method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}") + " as " + who + " → " + expected;
        }
    }

    /** The records the rows refer to, made once through the API. */
    private static final class World {
        final String ownUscc = Fixtures.uscc();
        final String ownUnit = Fixtures.unitWithUscc(HEPING, ownUscc);
        final String foreignUnit = Fixtures.unit(HEDONG);
        final String ownEquipment = Fixtures.equipment(ownUnit, "3110");
        final String foreignEquipment = Fixtures.equipment(foreignUnit, "3110");
        final String ownInspection = Fixtures.plannedInspection(HEPING, ownUnit);
        final String ownStartedInspection = Fixtures.startedInspection(HEPING, ownUnit);
        final String foreignInspection = Fixtures.plannedInspection(HEDONG, foreignUnit);
        final String ownAction = action(HEPING, ownUnit);
        final String foreignAction = action(HEDONG, foreignUnit);

        private static String action(String district, String unitId) {
            return Fixtures.as(Tokens.districtAdmin(district))
                    .body(Map.of("type", "INTERVIEW", "reason", "约谈主要负责人"))
                    .post("/api/v1/units/" + unitId + "/enforcement-actions").then().statusCode(201)
                    .extract().path("id");
        }
    }

    private static final String[] ROLES = {"city", "district-admin", "inspector", "department", "unit"};

    private static Map<String, String> tokens(World w) {
        Map<String, String> t = new HashMap<>();
        t.put("city", Tokens.city());
        t.put("district-admin", Tokens.districtAdmin(HEPING));
        t.put("inspector", Tokens.inspector(HEPING));
        t.put("department", Tokens.department("HOUSING", HEPING));
        t.put("unit", Tokens.unit(w.ownUscc));
        return t;
    }

    /** Rows for every role: expected statuses in the order city, district-admin, inspector, department, unit. */
    private static void row(List<Case> cases, Map<String, String> tokens, String method, String path,
                            Supplier<Object> body, int... expected) {
        for (int i = 0; i < ROLES.length; i++) {
            cases.add(new Case(method, path, body, ROLES[i], tokens.get(ROLES[i]), expected[i]));
        }
    }

    private static Supplier<Object> unitBody(String district) {
        return () -> Fixtures.unitBody(district, Fixtures.uscc());
    }

    private static Supplier<Object> equipmentBody(String unitId) {
        return () -> Fixtures.equipmentBody(unitId, "3110", Fixtures.equipmentCode("3110"));
    }

    private static Supplier<Object> inspectionBody(String district, String unitId) {
        return () -> Fixtures.inspectionBody(district, unitId, "SURPRISE");
    }

    private static Supplier<Object> checklistBody() {
        return () -> Map.of("code", "M" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                "categories", List.of("*"), "content", "内容", "hazardStandard", "标准", "defaultSeverity", "MINOR",
                "hazardType", "OTHER");
    }

    private static List<Case> cases(World w) {
        Map<String, String> t = tokens(w);
        List<Case> c = new ArrayList<>();
        Supplier<Object> none = () -> null;
        //                                                                    city admin insp dept unit
        row(c, t, "GET", "/api/v1/units/" + w.ownUnit, none,                   200, 200, 200, 200, 200);
        row(c, t, "GET", "/api/v1/units/" + w.foreignUnit, none,               200, 404, 404, 404, 404);
        row(c, t, "GET", "/api/v1/units?district=" + HEDONG, none,             200, 403, 403, 403, 200);
        row(c, t, "POST", "/api/v1/units", unitBody(HEPING),                   201, 201, 403, 403, 403);
        row(c, t, "POST", "/api/v1/units", unitBody(HEDONG),                   201, 403, 403, 403, 403);
        row(c, t, "PUT", "/api/v1/units/" + w.foreignUnit, unitBody(HEDONG),   200, 404, 403, 403, 403);
        row(c, t, "GET", "/api/v1/equipment/" + w.ownEquipment, none,          200, 200, 200, 200, 200);
        row(c, t, "GET", "/api/v1/equipment/" + w.foreignEquipment, none,      200, 404, 404, 404, 404);
        row(c, t, "GET", "/api/v1/equipment?district=" + HEDONG, none,         200, 403, 403, 403, 200);
        row(c, t, "POST", "/api/v1/equipment", equipmentBody(w.ownUnit),       201, 201, 403, 403, 403);
        row(c, t, "POST", "/api/v1/equipment", equipmentBody(w.foreignUnit),   201, 400, 403, 403, 403);
        // a unit sees its own inspection only once it has started (unannounced inspections, v1.1)
        row(c, t, "GET", "/api/v1/inspections/" + w.ownInspection, none,       200, 200, 200, 403, 404);
        row(c, t, "GET", "/api/v1/inspections/" + w.ownStartedInspection, none, 200, 200, 200, 403, 200);
        row(c, t, "GET", "/api/v1/inspections/" + w.foreignInspection, none,   200, 404, 404, 403, 404);
        row(c, t, "GET", "/api/v1/inspections?district=" + HEDONG, none,       200, 403, 403, 403, 200);
        row(c, t, "POST", "/api/v1/inspections", inspectionBody(HEPING, w.ownUnit), 201, 201, 201, 403, 403);
        row(c, t, "POST", "/api/v1/inspections", inspectionBody(HEDONG, w.foreignUnit), 201, 403, 403, 403, 403);
        row(c, t, "POST", "/api/v1/inspections/" + w.foreignInspection + "/complete", none, 409, 404, 404, 403, 403);
        row(c, t, "GET", "/api/v1/inspections/" + w.ownInspection + "/instruction.pdf", none, 409, 409, 409, 403, 404);
        row(c, t, "GET", "/api/v1/inspections/" + w.ownStartedInspection + "/instruction.pdf", none,
                409, 409, 409, 403, 409);
        row(c, t, "GET", "/api/v1/enforcement-actions/" + w.ownAction, none,   200, 200, 200, 200, 200);
        row(c, t, "GET", "/api/v1/enforcement-actions/" + w.foreignAction, none, 200, 404, 404, 404, 404);
        row(c, t, "GET", "/api/v1/enforcement-actions?district=" + HEDONG, none, 200, 403, 403, 403, 200);
        row(c, t, "POST", "/api/v1/units/" + w.ownUnit + "/enforcement-actions",
                () -> Map.of("type", "EXPOSURE", "reason", "曝光"),               403, 201, 403, 403, 403);
        row(c, t, "POST", "/api/v1/units/" + w.foreignUnit + "/enforcement-actions",
                () -> Map.of("type", "EXPOSURE", "reason", "曝光"),               403, 404, 403, 403, 403);
        row(c, t, "POST", "/api/v1/units/" + w.ownUnit + "/credit-repair",
                () -> Map.of("reason", "r", "decisionNumber", "d"),             403, 409, 403, 403, 403);
        row(c, t, "POST", "/api/v1/checklist-items", checklistBody(),          201, 403, 403, 403, 403);
        row(c, t, "GET", "/api/v1/checklist-items?category=3110", none,        200, 200, 200, 200, 200);

        // no token, or a token that must not be trusted → 401; open reference data stays open
        String[][] bad = {{"no token", NO_TOKEN}, {"expired", Tokens.expired(HEPING)},
                {"wrong issuer", Tokens.wrongIssuer(HEPING)}, {"another key", Tokens.signedByAnotherKey(HEPING)},
                {"alg none", Tokens.algNone()}};
        for (String[] b : bad) {
            c.add(new Case("GET", "/api/v1/units", none, b[0], b[1], 401));
            c.add(new Case("GET", "/api/v1/equipment/" + w.ownEquipment, none, b[0], b[1], 401));
            c.add(new Case("POST", "/api/v1/inspections", inspectionBody(HEPING, w.ownUnit), b[0], b[1], 401));
            c.add(new Case("GET", "/api/v1/enforcement-actions", none, b[0], b[1], 401));
        }
        // a role without the claim it needs sees nothing and changes nothing
        String adminWithoutDistrict = Tokens.of("admin-nowhere", "district-admin", null, null, null);
        String unitWithoutUscc = Tokens.of("unit-nobody", "unit", null, null, null);
        c.add(new Case("GET", "/api/v1/units/" + w.ownUnit, none, "admin without district", adminWithoutDistrict, 404));
        c.add(new Case("POST", "/api/v1/units", unitBody(HEPING), "admin without district", adminWithoutDistrict, 403));
        c.add(new Case("GET", "/api/v1/inspections/" + w.ownInspection, none, "admin without district",
                adminWithoutDistrict, 404));
        c.add(new Case("GET", "/api/v1/units/" + w.ownUnit, none, "unit without uscc", unitWithoutUscc, 404));
        c.add(new Case("GET", "/api/v1/equipment/" + w.ownEquipment, none, "unit without uscc", unitWithoutUscc, 404));
        c.add(new Case("GET", "/api/v1/units/" + w.ownUnit, none, "unit with lower-case uscc",
                Tokens.unit(w.ownUscc.toLowerCase()), 200));
        c.add(new Case("GET", "/api/v1/checklist-items", none, "no token", NO_TOKEN, 200));
        c.add(new Case("GET", "/api/v1/districts", none, "no token", NO_TOKEN, 200));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRoleAndScope() {
        World world = new World();
        return cases(world).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            RequestSpecification request = given().contentType(ContentType.JSON);
            if (c.token() != null) {
                request.auth().oauth2(c.token());
            }
            Object body = c.body().get();
            if (body != null) {
                request.body(body);
            }
            request.request(c.method(), c.path()).then().statusCode(c.expected());
        }));
    }
}
