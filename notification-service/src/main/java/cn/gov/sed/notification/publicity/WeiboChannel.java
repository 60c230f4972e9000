package cn.gov.sed.notification.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Weibo (微博): one status text, 【title】 then the body (and the public link), within Weibo's 2,000 characters; the
 * post's id is {@code idstr} (or {@code id}); an {@code error_code} is a refusal.
 */
@ApplicationScoped
public class WeiboChannel extends WebhookChannel {
    static final int STATUS_LIMIT = 2000;

    @Override
    public Channel channel() {
        return Channel.WEIBO;
    }

    @Override
    protected ObjectNode payload(ObjectNode body, OutgoingPost post) {
        String link = post.link() == null ? "" : " " + post.link();
        String text = "【" + post.title() + "】" + post.body();
        int room = STATUS_LIMIT - link.length();
        if (text.length() > room) {
            text = text.substring(0, room - 1) + "…";
        }
        return body.put("status", text + link);
    }

    @Override
    protected SocialChannel.Outcome read(int statusCode, JsonNode answer, String raw) {
        if (answer.hasNonNull("error_code")) {
            return SocialChannel.Outcome.failed(statusCode, raw, "error_code " + answer.get("error_code").asText()
                    + (text(answer.get("error")) == null ? "" : ": " + text(answer.get("error"))));
        }
        String id = text(answer.get("idstr"));
        return SocialChannel.Outcome.accepted(statusCode, id != null ? id : text(answer.get("id")), raw);
    }
}
