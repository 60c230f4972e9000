package cn.gov.sed.system;

import cn.gov.sed.testing.RunningSuite;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpRequest;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The generated clients (module {@code clients}, openapi-generator from the committed specs) pointed at the running
 * suite with a caller's token, as an integrator would use them. Strict where a generated client may be lenient: an
 * answer with a field the spec does not name fails to deserialise, so a spec that drifts from the server fails here.
 */
final class SuiteClients {
    private SuiteClients() {
    }

    static cn.gov.sed.clients.inspection.ApiClient inspection(String token) {
        var client = new cn.gov.sed.clients.inspection.ApiClient();
        wire("inspection-service", token, client::updateBaseUri, client::setRequestInterceptor,
                client::setReadTimeout, client.getObjectMapper());
        return client;
    }

    static cn.gov.sed.clients.hazard.ApiClient hazard(String token) {
        var client = new cn.gov.sed.clients.hazard.ApiClient();
        wire("hazard-service", token, client::updateBaseUri, client::setRequestInterceptor,
                client::setReadTimeout, client.getObjectMapper());
        return client;
    }

    static cn.gov.sed.clients.task.ApiClient task(String token) {
        var client = new cn.gov.sed.clients.task.ApiClient();
        wire("task-service", token, client::updateBaseUri, client::setRequestInterceptor,
                client::setReadTimeout, client.getObjectMapper());
        return client;
    }

    static cn.gov.sed.clients.notification.ApiClient notification(String token) {
        var client = new cn.gov.sed.clients.notification.ApiClient();
        wire("notification-service", token, client::updateBaseUri, client::setRequestInterceptor,
                client::setReadTimeout, client.getObjectMapper());
        return client;
    }

    /**
     * One wiring for the four clients: the generator writes an {@code ApiClient} per service package, with the
     * same methods but no common type, so each passes its own setters here.
     */
    private static void wire(String service, String token, Consumer<String> baseUri,
                             Consumer<Consumer<HttpRequest.Builder>> interceptor, Consumer<Duration> readTimeout,
                             ObjectMapper mapper) {
        baseUri.accept(RunningSuite.get().url(service));
        interceptor.accept(request -> request.header("Authorization", "Bearer " + token));
        readTimeout.accept(Duration.ofSeconds(30));
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }
}
