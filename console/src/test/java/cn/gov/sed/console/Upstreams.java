package cn.gov.sed.console;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The services behind the console's route, as real HTTP servers in the test JVM: inspection-, hazard- and
 * task-service each a WireMock server of its own (so a test sees which one a path reached); notification-service an
 * address where nothing listens (the 502 case). The route's idle timeout is three seconds (the 504 case).
 */
public class Upstreams implements QuarkusTestResourceLifecycleManager {
    static WireMockServer inspection;
    static WireMockServer hazard;
    static WireMockServer task;

    @Override
    public Map<String, String> start() {
        inspection = started();
        hazard = started();
        task = started();
        return Map.of(
                "console.upstream.inspection-service", inspection.baseUrl(),
                "console.upstream.hazard-service", hazard.baseUrl(),
                "console.upstream.task-service", task.baseUrl(),
                "console.upstream.notification-service", "http://127.0.0.1:" + closedPort(),
                "console.proxy.idle-timeout", "3S");
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return server;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void reset() {
        inspection.resetAll();
        hazard.resetAll();
        task.resetAll();
    }

    @Override
    public void stop() {
        for (WireMockServer server : new WireMockServer[] {inspection, hazard, task}) {
            if (server != null) {
                server.stop();
            }
        }
    }
}
