package cn.gov.sed.notification.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The adapter to the agency's SMS gateway (one HTTP endpoint): a JSON POST of the account, the signature, the
 * gateway's template id for the event type, the phone, the template parameters and our message id ({@code outId},
 * so a gateway that dedupes drops the one repeat a crash between sending and marking may cause). The URL is operator
 * configuration, not client input, so the webhook target policy does not apply; redirects are never followed and
 * the whole exchange has a short deadline.
 */
@ApplicationScoped
public class SmsGateway {
    @Inject
    ObjectMapper json;
    @Inject
    Config config;

    @ConfigProperty(name = "sed.sms.gateway-url")
    Optional<String> url;
    @ConfigProperty(name = "sed.sms.account")
    Optional<String> account;
    /** Sent as {@code Authorization: Bearer <key>} when set. */
    @ConfigProperty(name = "sed.sms.key")
    Optional<String> key;
    @ConfigProperty(name = "sed.sms.signature", defaultValue = "【天津市市场监管委】")
    String signature;
    @ConfigProperty(name = "sed.sms.timeout", defaultValue = "PT5S")
    Duration timeout;
    /** A 2xx answer whose JSON has a {@code code} field is a success only with one of these codes. */
    @ConfigProperty(name = "sed.sms.ok-codes", defaultValue = "OK,0")
    String okCodes;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance with a gateway that may not speak it
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** Whether an SMS can be sent at all: without a gateway URL none is queued. */
    public boolean configured() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    public String signature() {
        return signature;
    }

    /** The gateway's template for the event type ({@code sed.sms.template.<Event>}, else the default one). */
    public String templateId(String eventType) {
        return config.getOptionalValue("sed.sms.template." + eventType, String.class)
                .orElseGet(() -> config.getOptionalValue("sed.sms.template.default", String.class).orElse("DEFAULT"));
    }

    /** What the gateway answered; {@code accepted} when it took the message. */
    public record Answer(boolean accepted, String text) {
    }

    /** Sends one message, blocking up to the deadline (called on a dispatcher worker, never in a transaction). */
    public Answer send(UUID messageId, String phone, String templateId, String params) throws IOException,
            InterruptedException {
        ObjectNode body = json.createObjectNode()
                .put("account", account.orElse(""))
                .put("signName", signature)
                .put("templateId", templateId)
                .put("phone", phone)
                .put("outId", messageId.toString());
        body.set("params", params == null ? json.createObjectNode() : json.readTree(params));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.orElseThrow()))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        key.filter(k -> !k.isBlank()).ifPresent(k -> request.header("Authorization", "Bearer " + k));
        HttpResponse<String> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String text = "HTTP " + response.statusCode() + " " + response.body();
        return new Answer(response.statusCode() / 100 == 2 && codeOk(response.body()), text);
    }

    private boolean codeOk(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject() || !node.has("code")) {
                return true;
            }
            Set<String> ok = Arrays.stream(okCodes.split(",")).map(String::strip).collect(Collectors.toSet());
            return ok.contains(node.get("code").asText());
        } catch (IOException notJson) {
            return true; // a 2xx without JSON: taken as accepted
        }
    }

    /** The template parameters the gateway fills in, as JSON. */
    public String params(Map<String, Object> facts) {
        ObjectNode params = json.createObjectNode();
        for (String name : new String[]{"unit", "title", "severity", "level", "deadline", "districtName", "link"}) {
            Object value = facts.get(name);
            if (value != null) {
                params.put(name, value.toString());
            }
        }
        try {
            return json.writeValueAsString(params);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
