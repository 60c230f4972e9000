package cn.gov.sed.notification.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signatures of a delivery, with the subscription's secret as HMAC-SHA256 key:
 * {@code X-Signature: sha256=<hex HMAC of the body>} (v1, kept until /api/v2) and
 * {@code X-Sed-Signature: sha256=<hex HMAC of "<timestamp>.<ce_id>.<body>">} (v1.1), which binds the signature to
 * the moment of sending ({@code X-Sed-Timestamp}, Unix seconds) and the event, so a receiver can refuse replays.
 */
public final class Signatures {
    private Signatures() {
    }

    public static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, body));
    }

    public static String signTimestamped(String secret, long timestamp, String ceId, byte[] body) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(body.length + 64);
        signed.writeBytes((timestamp + "." + ceId + ".").getBytes(StandardCharsets.UTF_8));
        signed.writeBytes(body);
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, signed.toByteArray()));
    }

    private static byte[] hmac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
