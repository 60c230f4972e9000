package cn.gov.sed.notification.webhook;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SignaturesTest {
    @Test
    void theTimestampedSignatureCoversTimestampEventAndBody() throws Exception {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("a-secret-of-sixteen".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(
                mac.doFinal("1764460800.ce-1.{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, Signatures.signTimestamped("a-secret-of-sixteen", 1764460800L, "ce-1", body));
        assertNotEquals(expected, Signatures.signTimestamped("a-secret-of-sixteen", 1764460801L, "ce-1", body));
        assertNotEquals(expected, Signatures.signTimestamped("a-secret-of-sixteen", 1764460800L, "ce-2", body));
    }
}
