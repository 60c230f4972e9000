package cn.gov.sed.notification.publicity;

import java.time.Instant;
import java.util.UUID;

/**
 * What a social channel receives of a publication: what the public sees, nothing internal (no author, reviewer or
 * source action). {@code link} is the publication's public page, or null when no public base URL is configured.
 */
public record OutgoingPost(UUID postId, UUID publicationId, Channel channel, PublicationType type, String title,
                           String body, String link, Instant publishedAt) {
    /** The key a platform (or the operator's gateway) can drop a repeated post by. */
    public String idempotencyKey() {
        return publicationId + ":" + channel.name();
    }
}
