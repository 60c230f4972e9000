package cn.gov.sed.notification.publicface;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * A rendered public representation with its validators: the ETag is a digest of the bytes (any change of an item,
 * the paging or the base URL changes it), Last-Modified the newest item's publication. Caches may keep it five
 * minutes; the page may not be framed or sniffed as another type.
 */
record PublicRepresentation(byte[] body, String contentType, EntityTag etag, Date lastModified) {
    private static final int MAX_AGE_SECONDS = 300;

    static PublicRepresentation of(String rendered, String contentType, List<PublicPublication> items) {
        byte[] body = rendered.getBytes(StandardCharsets.UTF_8);
        Instant newest = items.stream().map(PublicPublication::publishedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
        return new PublicRepresentation(body, contentType, new EntityTag(digest(body)), Date.from(newest));
    }

    /** 304 when the client's copy is current, the representation otherwise. */
    Response respond(Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, etag);
        Response.ResponseBuilder builder = notModified != null ? notModified
                : Response.ok(body).type(contentType);
        return builder.tag(etag).lastModified(lastModified)
                .header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .build();
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
