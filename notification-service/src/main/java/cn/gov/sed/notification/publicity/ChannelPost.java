package cn.gov.sed.notification.publicity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A publication's post on one social channel: recorded when the publication is published, then moved by the
 * {@link ChannelPostDispatcher} through set-based SQL with leases ({@link ChannelPostLedger}, {@link ChannelPostRules}).
 */
@Entity
@Table(name = "publication_channel_post")
public class ChannelPost extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "publication_id", nullable = false, updatable = false)
    public UUID publicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ChannelPostStatus status;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "post_id")
    public String postId;

    @Column(name = "answer")
    public String answer;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "posted_at")
    public Instant postedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** What publishing owes {@code channel}: a pending post due now, or skipped when it has no account. */
    static ChannelPost owed(UUID publicationId, Channel channel, boolean configured, Instant now) {
        ChannelPost post = new ChannelPost();
        post.id = UUID.randomUUID();
        post.publicationId = publicationId;
        post.channel = channel;
        ChannelPostRules.Action action = ChannelPostRules.onPublish(configured);
        post.status = action.target();
        post.nextAttemptAt = configured ? now : null;
        post.createdAt = now;
        return post;
    }
}
