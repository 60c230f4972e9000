package cn.gov.sed.platform.paging;

import cn.gov.sed.platform.problem.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Where a walk through a list stands: the sort values of the last row answered (as text, null kept), the order
 * they belong to and the number of the page they lead to. On the wire {@code base64url(json).base64url(digest)};
 * opaque to clients.
 * <p>
 * The digest binds the cursor to the list's order, filters and the caller's scope (the {@code context}: the WHERE
 * clause with its values): a cursor edited, truncated or made for another order, filter or caller is a 400 naming
 * {@code after}. It is not a secret: a forged cursor gains nothing, because the caller's scope and filters are
 * applied to every page as always and the cursor only says where in that list to start.
 */
public record Cursor(String order, List<String> values, int page) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int DIGEST_BYTES = 12;

    public String encode(String context) {
        ObjectNode node = JSON.createObjectNode().put("o", order).put("p", page);
        ArrayNode keys = node.putArray("k");
        values.forEach(keys::add);
        byte[] payload = node.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(digest(payload, context));
    }

    /** The cursor {@code raw} when it was made for this {@code order} and {@code context}; 400 on {@code after} otherwise. */
    public static Cursor decode(String raw, String order, String context) {
        String[] parts = raw.trim().split("\\.", -1);
        try {
            if (parts.length != 2) {
                throw invalid();
            }
            byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
            byte[] digest = Base64.getUrlDecoder().decode(parts[1]);
            if (!MessageDigest.isEqual(digest, digest(payload, context))) {
                throw ValidationException.of("after", "the cursor does not belong to this list with these filters "
                        + "(edited, or made for other filters or another caller); start again without after");
            }
            JsonNode node = JSON.readTree(payload);
            if (!order.equals(node.path("o").asText())) {
                throw ValidationException.of("after", "the cursor belongs to another order (sort); start again "
                        + "without after");
            }
            List<String> values = new ArrayList<>();
            node.path("k").forEach(v -> values.add(v.isNull() ? null : v.asText()));
            int page = node.path("p").asInt(-1);
            if (page < 1) {
                throw invalid();
            }
            return new Cursor(order, values, page);
        } catch (ValidationException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("after", "is not a cursor of this list (use the `next` of a page)");
    }

    private static byte[] digest(byte[] payload, String context) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(payload);
            sha.update((byte) 0);
            sha.update(context.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha.digest(), DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
