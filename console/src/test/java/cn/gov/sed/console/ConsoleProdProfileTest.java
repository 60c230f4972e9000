package cn.gov.sed.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The console in the prod profile (what a packaged console runs with unless told otherwise): no demo identity, no
 * token minted; the page is offered the identity provider only.
 */
@QuarkusTest
@TestProfile(ConsoleProdProfileTest.Prod.class)
class ConsoleProdProfileTest {

    public static class Prod implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("console.oidc.issuer", "https://idp.example.gov.cn/realms/sed",
                    "console.oidc.client-id", "sed-console");
        }
    }

    @Test
    void theLocalSignInDoesNotExist() {
        given().get("/console/dev-sign-in").then().statusCode(404).contentType("application/problem+json");
        given().post("/console/dev-sign-in/city").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void thePageIsOfferedTheIdentityProviderOnly() {
        given().get("/console/settings").then().statusCode(200)
                .body("devSignIn", equalTo(false))
                .body("oidc.issuer", equalTo("https://idp.example.gov.cn/realms/sed"))
                .body("oidc.clientId", equalTo("sed-console"))
                .body("oidc.scope", equalTo("openid"));
    }
}
