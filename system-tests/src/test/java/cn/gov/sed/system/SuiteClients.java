package cn.gov.sed.system;

import cn.gov.sed.testing.RunningSuite;
import com.fasterxml.jackson.databind.DeserializationFeature;

import java.time.Duration;

/**
 * The generated clients (module {@code clients}, openapi-generator from the committed specs) pointed at the running
 * suite with a caller's token, as an integrator would use them. Strict where a generated client may be lenient: an
 * answer with a field the spec does not name fails to deserialise, so a spec that drifts from the server fails here.
 */
final class SuiteClients {
    private SuiteClients() {
    }

    static cn.gov.sed.clients.inspection.ApiClient inspection(String token) {
        cn.gov.sed.clients.inspection.ApiClient client = new cn.gov.sed.clients.inspection.ApiClient();
        client.updateBaseUri(RunningSuite.get().url("inspection-service"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }

    static cn.gov.sed.clients.hazard.ApiClient hazard(String token) {
        cn.gov.sed.clients.hazard.ApiClient client = new cn.gov.sed.clients.hazard.ApiClient();
        client.updateBaseUri(RunningSuite.get().url("hazard-service"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }

    static cn.gov.sed.clients.task.ApiClient task(String token) {
        cn.gov.sed.clients.task.ApiClient client = new cn.gov.sed.clients.task.ApiClient();
        client.updateBaseUri(RunningSuite.get().url("task-service"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }

    static cn.gov.sed.clients.notification.ApiClient notification(String token) {
        cn.gov.sed.clients.notification.ApiClient client = new cn.gov.sed.clients.notification.ApiClient();
        client.updateBaseUri(RunningSuite.get().url("notification-service"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }
}
