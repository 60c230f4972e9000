package cn.gov.sed.notification.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The common part of the social adapters: one JSON POST to the account's webhook with its bearer token and an
 * {@code Idempotency-Key}, within a deadline, redirects never followed. A subclass says what its platform wants
 * ({@link #payload}) and how it tells success and the post's id ({@link #read}).
 */
public abstract class WebhookChannel implements SocialChannel {
    private static final int ANSWER_LIMIT = 1000;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "sed.publicity.channels.deadline", defaultValue = "PT10S")
    Duration deadline;

    /**
     * One client for every platform, made at the first post: each JDK HttpClient keeps a selector thread of its own,
     * and a field of the channel would be made again for each bean's CDI client proxy (a subclass) as well.
     */
    private static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The platform's request body. */
    protected abstract ObjectNode payload(ObjectNode body, OutgoingPost post);

    /** A 2xx answer read: accepted with its post id, or refused by the platform in its own words. */
    protected abstract SocialChannel.Outcome read(int statusCode, JsonNode answer, String raw);

    @Override
    public SocialChannel.Outcome post(ChannelAccounts.Account account, OutgoingPost post) {
        HttpResponse<String> response;
        try {
            byte[] body = json.writeValueAsBytes(payload(json.createObjectNode(), post));
            HttpRequest.Builder request = HttpRequest.newBuilder(account.url())
                    .timeout(deadline)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Idempotency-Key", post.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (!account.token().isEmpty()) {
                request.header("Authorization", "Bearer " + account.token());
            }
            response = Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SocialChannel.Outcome.failed(null, null, "interrupted");
        } catch (IOException | RuntimeException e) {
            return SocialChannel.Outcome.failed(null, null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        String raw = cut(response.body());
        int code = response.statusCode();
        if (code / 100 != 2) {
            return SocialChannel.Outcome.failed(code, raw, "HTTP " + code);
        }
        JsonNode answer;
        try {
            answer = raw == null || raw.isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            return SocialChannel.Outcome.failed(code, raw, "the platform's answer is not JSON");
        }
        return read(code, answer, raw);
    }

    /** Text of a JSON field, null when absent or empty. */
    protected static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asText().isEmpty() ? null : node.asText();
    }

    protected static String cut(String s) {
        return s == null || s.length() <= ANSWER_LIMIT ? s : s.substring(0, ANSWER_LIMIT);
    }
}
