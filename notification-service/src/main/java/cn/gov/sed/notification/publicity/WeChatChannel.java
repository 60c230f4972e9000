package cn.gov.sed.notification.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * WeChat (微信公众号): an article {title, content, digest, content_source_url}. WeChat answers 200 even when it refuses
 * and says so in {@code errcode} (0 = accepted); the post's id is {@code publish_id}.
 */
@ApplicationScoped
public class WeChatChannel extends WebhookChannel {
    private static final int DIGEST = 120;

    @Override
    public Channel channel() {
        return Channel.WECHAT;
    }

    @Override
    protected ObjectNode payload(ObjectNode body, OutgoingPost post) {
        return body.put("title", post.title())
                .put("content", post.body())
                .put("digest", post.body().length() <= DIGEST ? post.body() : post.body().substring(0, DIGEST))
                .put("content_source_url", post.link());
    }

    @Override
    protected SocialChannel.Outcome read(int statusCode, JsonNode answer, String raw) {
        int errcode = answer.path("errcode").asInt(0);
        if (errcode != 0) {
            return SocialChannel.Outcome.failed(statusCode, raw,
                    "errcode " + errcode + (text(answer.get("errmsg")) == null ? "" : ": " + text(answer.get("errmsg"))));
        }
        return SocialChannel.Outcome.accepted(statusCode, text(answer.get("publish_id")), raw);
    }
}
