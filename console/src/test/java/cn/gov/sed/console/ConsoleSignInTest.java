package cn.gov.sed.console;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local sign-in (test profile = like local and dev): the demo identities, tokens the services would accept. */
@QuarkusTest
class ConsoleSignInTest {

    @Test
    void thePageAndItsModulesAreServed() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("js/app.js"));
        given().get("/js/app.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/js/screens/index.js").then().statusCode(200);
    }

    @Test
    void theSettingsOfferTheLocalSignIn() {
        given().get("/console/settings").then().statusCode(200).body("devSignIn", equalTo(true));
    }

    @Test
    void theDemoIdentitiesAreListed() {
        given().get("/console/dev-sign-in").then().statusCode(200)
                .body("id", contains("city", "district-admin-120101", "inspector-120101", "department-HOUSING"))
                .body("find { it.id == 'district-admin-120101' }.district", equalTo("120101"));
    }

    @Test
    void aDistrictAdminsTokenCarriesTheClaimsTheServicesReadSignedWithTheDevKey() throws Exception {
        String token = given().post("/console/dev-sign-in/district-admin-120101").then().statusCode(200)
                .extract().path("token");
        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(devPublicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "signed with the committed dev key");

        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertEquals("sed-local", claims.getString("iss"));
        assertEquals("admin-120101", claims.getString("sub"));
        assertEquals(new JsonArray(List.of("district-admin")), claims.getJsonArray("groups"));
        assertEquals("120101", claims.getString("district"));
        assertFalse(claims.containsKey("department"));
        assertTrue(claims.getLong("exp") > claims.getLong("iat"));
    }

    @Test
    void aDepartmentsTokenNamesItsDepartment() {
        String token = given().post("/console/dev-sign-in/department-HOUSING").then().statusCode(200).extract().path("token");
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertEquals("HOUSING", claims.getString("department"));
        assertEquals(new JsonArray(List.of("department")), claims.getJsonArray("groups"));
    }

    @Test
    void anIdentityThatIsNotOneOfTheDemoOnesGetsNoToken() {
        given().post("/console/dev-sign-in/root").then().statusCode(404).contentType("application/problem+json");
        given().get("/console/dev-sign-in/city").then().statusCode(405);
    }

    private static PublicKey devPublicKey() throws Exception {
        String base64 = Files.readString(Path.of("../deploy/local/jwt/publicKey.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
