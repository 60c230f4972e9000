package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Publication", description = "publicity: type WORK_UPDATE 工作动态, SAFETY_KNOWLEDGE 安全知识, "
        + "WARNING_EXPOSURE 警示曝光; status DRAFT 草稿 → PENDING_REVIEW 待审核 → APPROVED 已审核 → PUBLISHED 已发布")
public record PublicationView(UUID id, PublicationType type, String title, String body, List<Channel> channels,
                              @Schema(nullable = true, description = "the district it is for; null for the city's own")
                              String district,
                              PublicationStatus status, List<String> allowedActions,
                              @Schema(nullable = true, description = "the EXPOSURE enforcement action a warning exposure"
                                      + " was drafted from (then createdBy is system); null for one drafted by hand")
                              UUID sourceActionId,
                              String createdBy, OffsetDateTime createdAt,
                              @Schema(nullable = true, description = "who approved it; null before APPROVED")
                              String approvedBy,
                              @Schema(nullable = true, description = "when it was published; null before PUBLISHED")
                              OffsetDateTime publishedAt,
                              long version,
                              @Schema(description = "its posts on the social channels (WECHAT, WEIBO, DOUYIN), one"
                                      + " per channel in the order WECHAT, WEIBO, DOUYIN, from the moment it is published;"
                                      + " empty before")
                              List<ChannelPostView> channelPosts) implements Versioned {
    static PublicationView of(Publication p) {
        return new PublicationView(p.id, p.type, p.title, p.body, p.channelList(), p.district, p.status,
                p.allowedActions(), p.sourceActionId, p.createdBy, Zones.shanghai(p.createdAt),
                p.approvedBy, Zones.shanghai(p.publishedAt), p.version,
                p.posts.stream().sorted(java.util.Comparator.comparing((ChannelPost c) -> c.channel))
                        .map(ChannelPostView::of).toList());
    }
}
