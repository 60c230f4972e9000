package cn.gov.sed.notification.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Douyin (抖音): a text post {title, text, link}. Douyin answers {@code {data: {error_code, description, item_id}}}:
 * an error code other than 0 is a refusal; the post's id is {@code item_id}.
 */
@ApplicationScoped
public class DouyinChannel extends WebhookChannel {
    @Override
    public Channel channel() {
        return Channel.DOUYIN;
    }

    @Override
    protected ObjectNode payload(ObjectNode body, OutgoingPost post) {
        return body.put("title", post.title()).put("text", post.body()).put("link", post.link());
    }

    @Override
    protected SocialChannel.Outcome read(int statusCode, JsonNode answer, String raw) {
        JsonNode data = answer.path("data");
        int error = data.path("error_code").asInt(0);
        if (error != 0) {
            return SocialChannel.Outcome.failed(statusCode, raw, "error_code " + error
                    + (text(data.get("description")) == null ? "" : ": " + text(data.get("description"))));
        }
        return SocialChannel.Outcome.accepted(statusCode, text(data.get("item_id")), raw);
    }
}
