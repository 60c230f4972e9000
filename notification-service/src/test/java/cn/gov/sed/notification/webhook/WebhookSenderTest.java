package cn.gov.sed.notification.webhook;

import io.vertx.core.MultiMap;
import io.vertx.core.http.RequestOptions;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection is pinned to the address the policy checked; the name is what the receiver is told. */
class WebhookSenderTest {
    @Test
    void connectsToTheCheckedAddressAndSpeaksToTheName() throws Exception {
        InetAddress checked = InetAddress.getByAddress("receiver.example.org", new byte[]{(byte) 203, 0, 113, 5});
        var target = new WebhookTargetPolicy.Target("receiver.example.org", 8443, true, "/hook?x=1", checked);

        RequestOptions options = WebhookSender.requestOptions(target, MultiMap.caseInsensitiveMultiMap(),
                Duration.ofSeconds(10));

        assertEquals("203.0.113.5", options.getServer().host());
        assertEquals(8443, options.getServer().port());
        assertEquals("receiver.example.org", options.getHost()); // Host header, SNI and the certificate check
        assertEquals(8443, options.getPort());
        assertTrue(options.isSsl());
        assertEquals("/hook?x=1", options.getURI());
        assertFalse(options.getFollowRedirects());
        assertEquals(10_000, options.getConnectTimeout());
    }
}
