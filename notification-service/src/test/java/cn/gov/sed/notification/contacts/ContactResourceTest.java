package cn.gov.sed.notification.contacts;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The contact directory: the city keeps all of it, a district bureau its own district's; hostile input changes nothing. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ContactResourceTest {

    static Map<String, Object> entry(String type, String recipient, String district) {
        Map<String, Object> body = new HashMap<>();
        body.put("recipientType", type);
        body.put("recipient", recipient);
        body.put("district", district);
        body.put("name", "特种设备安全监察科");
        body.put("email", "tzsb@hp.tj.gov.cn");
        body.put("phone", "13802001234");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static io.restassured.response.ValidatableResponse put(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/contacts").then();
    }

    @Test
    void aDistrictBureauKeepsItsInspectorsContactAndTheCityReadsIt() {
        String id = put(Tokens.districtAdmin("120111"), with(entry("ROLE", "inspector", "120111"), "phone", "+8613902001234"))
                .statusCode(200)
                .body("recipient", equalTo("inspector"))
                .body("district", equalTo("120111"))
                .body("phone", equalTo("13902001234"))
                .body("channels", equalTo(List.of("EMAIL", "SMS")))
                .extract().path("id");
        // a second PUT for the same addressee replaces the entry (one per addressee)
        put(Tokens.districtAdmin("120111"), with(with(entry("ROLE", "inspector", "120111"), "email", null),
                "channels", List.of("SMS")))
                .statusCode(200).body("id", equalTo(id)).body("channels", equalTo(List.of("SMS")));
        given().auth().oauth2(Tokens.city()).queryParam("district", "120111").queryParam("size", 200)
                .get("/api/v1/contacts").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.findAll { it.recipient == 'inspector' }.size()", equalTo(1));
        given().auth().oauth2(Tokens.districtAdmin("120112")).get("/api/v1/contacts/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.districtAdmin("120112")).queryParam("size", 200).get("/api/v1/contacts")
                .then().statusCode(200).body("items.district", everyItem(equalTo("120112")));
    }

    @Test
    void aDistrictBureauMayNotTouchAnotherDistrictOrTheCitysEntries() {
        put(Tokens.districtAdmin("120111"), entry("ROLE", "district-admin", "120112"))
                .statusCode(403).body("type", equalTo("/problems/forbidden"));
        put(Tokens.districtAdmin("120111"), entry("ROLE", "city", null)).statusCode(403);
        put(Tokens.districtAdmin("120111"), entry("DEPARTMENT", "HOUSING", null)).statusCode(403);
        put(Tokens.inspector("120111"), entry("ROLE", "inspector", "120111")).statusCode(403);
        put(Tokens.unit("91120101MA05K3XQ1F"), entry("ROLE", "inspector", "120111")).statusCode(403);
        given().contentType(ContentType.JSON).body(entry("ROLE", "inspector", "120111")).put("/api/v1/contacts")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.city()).queryParam("district", "120112").queryParam("size", 200)
                .get("/api/v1/contacts").then().statusCode(200)
                .body("items.recipient", not(hasItem("district-admin")));
    }

    @Test
    void hostileInputIsA400NamingTheFieldAndStoresNothing() {
        String district = "120113";
        Map<String, Object> ok = entry("ROLE", "district-admin", district);
        assertBad(with(ok, "email", "not-an-address"), "email");
        assertBad(with(ok, "email", "a@b"), "email");
        assertBad(with(ok, "phone", "12345"), "phone");
        assertBad(with(ok, "phone", "1380200123x"), "phone");
        assertBad(with(ok, "phone", "+1 415 555 0100"), "phone");
        assertBad(with(ok, "name", "名".repeat(201)), "name");
        assertBad(with(ok, "email", "a".repeat(200) + "@x.cn"), "email");
        assertBad(with(ok, "recipient", "mayor"), "recipient");
        assertBad(with(ok, "recipient", "x".repeat(201)), "recipient");
        assertBad(with(ok, "district", "999999"), "district");
        assertBad(with(ok, "recipientType", "UNIT"), "recipientType");
        assertBad(with(ok, "channels", List.of("EMAIL", "SMS", "EMAIL")), "channels");
        assertBad(entry("ROLE", "city", district), "district");
        assertBad(entry("ROLE", "inspector", null), "district");
        assertBad(entry("DEPARTMENT", "NO_SUCH_DEPARTMENT", district), "recipient");
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body("{\"recipientType\": \"ROBOT\"}")
                .put("/api/v1/contacts").then().statusCode(400);
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body("{not json")
                .put("/api/v1/contacts").then().statusCode(400);
        given().auth().oauth2(Tokens.city()).queryParam("size", 500).get("/api/v1/contacts").then().statusCode(400);
        given().auth().oauth2(Tokens.city()).queryParam("recipientType", "ROBOT").get("/api/v1/contacts")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.city()).queryParam("district", "' or 1=1 --").get("/api/v1/contacts")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.city()).get("/api/v1/contacts/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.city()).get("/api/v1/contacts/not-a-uuid").then().statusCode(404);
        // nothing was stored
        given().auth().oauth2(Tokens.city()).queryParam("district", district).queryParam("size", 200)
                .get("/api/v1/contacts").then().statusCode(200).body("total", equalTo(0));
    }

    static void assertBad(Map<String, Object> body, String field) {
        put(Tokens.city(), body).statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem(field));
    }

    @Test
    void aStaleIfMatchIsRefusedAndAnEntryCanBeRemoved() {
        String id = put(Tokens.city(), entry("DEPARTMENT", "HOUSING", "120114")).statusCode(200).extract().path("id");
        given().auth().oauth2(Tokens.city()).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body(entry("DEPARTMENT", "HOUSING", "120114")).put("/api/v1/contacts").then().statusCode(412);
        given().auth().oauth2(Tokens.districtAdmin("120101")).delete("/api/v1/contacts/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.districtAdmin("120114")).delete("/api/v1/contacts/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.city()).get("/api/v1/contacts/" + id).then().statusCode(404);
    }
}
