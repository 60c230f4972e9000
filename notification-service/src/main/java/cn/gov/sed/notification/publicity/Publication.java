package cn.gov.sed.notification.publicity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A piece of online publicity (宣传), reviewed before it is published. */
@Entity
@Table(name = "publication")
public class Publication extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public PublicationType type;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "body", nullable = false)
    public String body;

    /** Channel names, comma-separated. */
    @Column(name = "channels", nullable = false)
    public String channels;

    /** Null for the city's own publications. */
    @Column(name = "district")
    public String district;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public PublicationStatus status;

    /** The enforcement action a warning exposure was drafted from (one draft per action). */
    @Column(name = "source_action_id")
    public UUID sourceActionId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** Its posts on the social channels, owed from the moment it is published (the dispatcher delivers them). */
    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "publication_id", insertable = false, updatable = false)
    @BatchSize(size = 50)
    public List<ChannelPost> posts = new ArrayList<>();

    /** A new draft by {@code author}; the channels are kept once each, in the order given. */
    public static Publication draft(PublicationType type, String title, String body, List<Channel> channels,
                                    String district, String author, Instant now) {
        Publication p = new Publication();
        p.id = UUID.randomUUID();
        p.type = type;
        p.title = title.trim();
        p.body = body;
        p.channels = channels.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        p.district = district;
        p.status = PublicationStatus.DRAFT;
        p.createdBy = author;
        p.createdAt = now;
        return p;
    }

    /** DRAFT → PENDING_REVIEW (409 from another status); answers the new status. */
    public PublicationStatus submit() {
        status = PublicationRules.Action.SUBMIT.apply(status);
        return status;
    }

    /** PENDING_REVIEW → APPROVED by a reviewer who is not the author (403); answers the new status. */
    public PublicationStatus approve(String reviewer) {
        PublicationRules.requireMayApprove(createdBy, reviewer);
        status = PublicationRules.Action.APPROVE.apply(status);
        approvedBy = reviewer;
        return status;
    }

    /**
     * APPROVED → PUBLISHED (409 from another status); answers the new status. In the same transaction it records a
     * post owed to each of its social channels ({@code configured} ones pending, the others skipped), so a platform
     * that is down or a crash right after the commit loses no post.
     */
    public PublicationStatus publish(Instant now, Set<Channel> configured) {
        status = PublicationRules.Action.PUBLISH.apply(status);
        publishedAt = now;
        for (Channel channel : channelList()) {
            if (channel.social()) {
                posts.add(ChannelPost.owed(id, channel, configured.contains(channel), now));
            }
        }
        return status;
    }

    public List<String> allowedActions() {
        return PublicationRules.allowedActions(status);
    }

    public List<Channel> channelList() {
        return Arrays.stream(channels.split(",")).filter(s -> !s.isBlank()).map(Channel::valueOf).toList();
    }
}
