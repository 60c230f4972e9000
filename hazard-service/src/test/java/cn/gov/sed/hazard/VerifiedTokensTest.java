package cn.gov.sed.hazard;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A token once verified is remembered (platform VerifiedTokens), so these check that remembering never lets through
 * what verifying would refuse: the same claims with another signature, a changed claim under the old signature.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class VerifiedTokensTest {

    @Test
    void theGenuineTokenAcceptedThenItsClaimsUnderAnotherSignatureAreRefused() {
        String genuine = Tokens.inspector("120101");
        read(genuine).statusCode(200);
        String[] parts = genuine.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01; // one bit of the signature
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        read(forged).statusCode(401);
        read(genuine).statusCode(200);
    }

    @Test
    void aClaimRaisedUnderTheGenuineSignatureIsRefused() {
        String genuine = Tokens.inspector("120101");
        read(genuine).statusCode(200);
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String raised = claims.replace("\"inspector\"", "\"city\"");
        if (raised.equals(claims)) {
            throw new AssertionError("the token's claims do not name the inspector role: " + claims);
        }
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(raised.getBytes())
                + "." + parts[2];
        read(forged).statusCode(401);
        // the city's view would show every district; the genuine token still reads as the inspector it is
        read(genuine).statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefusedEveryTime() {
        String expired = Tokens.expired("120101");
        read(expired).statusCode(401).body("status", equalTo(401));
        read(expired).statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse read(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/hazards?size=1&view=summary").then();
    }
}
