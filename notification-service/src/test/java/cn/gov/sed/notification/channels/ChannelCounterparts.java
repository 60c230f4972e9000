package cn.gov.sed.notification.channels;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The channels' real counterparts, in the test JVM: an SMTP server (GreenMail) and the SMS gateway as an HTTP
 * endpoint (WireMock). The service reaches the SMTP server through a relay a test can silence ({@link SilenceableRelay}). Global to the module's tests (every test class then runs against the same Quarkus start);
 * the gateway answers 200 unless a test stubs otherwise for its own phone numbers.
 */
public class ChannelCounterparts implements QuarkusTestResourceLifecycleManager {
    public static final String GATEWAY_PATH = "/sms/v1/send";

    private static GreenMail smtp;
    private static SilenceableRelay smtpRelay;
    private static WireMockServer gateway;

    public static GreenMail smtp() {
        return smtp;
    }

    /** The service's way to the SMTP server, which a test can silence. */
    static SilenceableRelay smtpRelay() {
        return smtpRelay;
    }

    public static WireMockServer gateway() {
        return gateway;
    }

    @Override
    public Map<String, String> start() {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            smtpRelay = new SilenceableRelay(smtp.getSmtp().getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        gateway = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        gateway.start();
        gateway.stubFor(post(urlPathEqualTo(GATEWAY_PATH)).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": \"OK\", \"message\": \"OK\", \"bizId\": \"default\"}")));
        return Map.of(
                "quarkus.mailer.mock", "false", // the dev/test default is a mock: mail really goes to GreenMail
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(smtpRelay.port()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.login", "DISABLED",
                "quarkus.mailer.from", "sed-noreply@scjg.tj.gov.cn",
                "sed.sms.gateway-url", "http://127.0.0.1:" + gateway.port() + GATEWAY_PATH,
                "sed.sms.account", "sed-test");
    }

    @Override
    public void stop() {
        if (smtpRelay != null) {
            try {
                smtpRelay.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
        }
        if (gateway != null) {
            gateway.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
