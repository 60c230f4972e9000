package cn.gov.sed.notification.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API.md v1.1 "webhook targets", without a network: names resolve through a fixed table. */
class WebhookTargetPolicyTest {
    /** A fake DNS: names map to addresses; any other name does not resolve. Literals resolve to themselves. */
    private static WebhookTargetPolicy.Resolver dns(Map<String, String> table) {
        return host -> {
            if (table.containsKey(host)) {
                return new InetAddress[]{InetAddress.getByName(table.get(host))};
            }
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[]{InetAddress.getByName(host)}; // a literal: no lookup
            }
            throw new UnknownHostException(host);
        };
    }

    private final WebhookTargetPolicy policy = new WebhookTargetPolicy(List.of(), dns(Map.of(
            "receiver.example.org", "203.0.113.5",
            "localhost", "127.0.0.1",
            "internal.example.org", "10.1.2.3",
            "metadata.example.org", "169.254.169.254")));

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback",
            "10.0.0.8, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
            "fd00::1, unique local", "fc00::1, unique local",
            "169.254.169.254, link-local", "fe80::1, link-local",
            "224.0.0.1, multicast", "239.255.255.250, multicast", "ff02::1, multicast",
            "0.0.0.0, unspecified", "::, unspecified",
            "100.64.0.1, carrier-grade NAT", "100.127.255.254, carrier-grade NAT",
            "::ffff:127.0.0.1, loopback", "::ffff:10.0.0.8, private", "::ffff:169.254.169.254, link-local",
            "::127.0.0.1, loopback", "64:ff9b::a00:8, private", "2002:a00:8::1, private",
            "255.255.255.255, broadcast"})
    void everyAddressClassThatIsNotPublicIsRefused(String address, String kind) throws Exception {
        Optional<String> reason = WebhookTargetPolicy.forbidden(InetAddress.getByName(address));
        assertTrue(reason.isPresent(), address);
        assertTrue(reason.get().contains(kind), reason.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.5", "8.8.8.8", "100.63.255.255", "100.128.0.0", "172.32.0.1", "2001:db8::1",
            "2606:4700::1111", "::ffff:8.8.8.8"})
    void publicAddressesAreAccepted(String address) throws Exception {
        assertEquals(Optional.empty(), WebhookTargetPolicy.forbidden(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:5432/", "http://169.254.169.254/latest/meta-data",
            "http://localhost:8082/api/v1/hazards", "https://10.0.0.8/x", "https://[::1]/", "https://[fd00::1]/",
            "https://localhost/x", "https://internal.example.org/hook", "https://metadata.example.org/",
            "https://[::ffff:127.0.0.1]/", "https://100.64.0.1/", "https://0.0.0.0/", "https://[::]/",
            "http://receiver.example.org/hook", "ftp://receiver.example.org/", "receiver.example.org/hook",
            "https://user:pw@receiver.example.org/", "https:///nohost", "not a url"})
    void refusedAtRegistration(String url) {
        assertTrue(policy.problemAtRegistration(url).isPresent(), url);
    }

    @Test
    void aPublicHttpsTargetIsAccepted() {
        assertEquals(Optional.empty(), policy.problemAtRegistration("https://receiver.example.org/hook?x=1"));
    }

    @Test
    void aNameThatDoesNotResolveYetIsAcceptedAtRegistrationButNotDelivered() {
        assertEquals(Optional.empty(), policy.problemAtRegistration("https://not-yet.example.org/hook"));
        assertThrows(UnknownHostException.class, () -> policy.resolveForDelivery("https://not-yet.example.org/hook"));
    }

    @Test
    void aDeliveryResolvesAgainAndIsRefusedWhenTheNameNowPointsInside() {
        // registered while the name pointed outside; at delivery it points to the cloud's metadata service
        WebhookTargetPolicy rebound = new WebhookTargetPolicy(List.of(),
                dns(Map.of("receiver.example.org", "169.254.169.254")));
        WebhookTargetPolicy.Refused refused = assertThrows(WebhookTargetPolicy.Refused.class,
                () -> rebound.resolveForDelivery("https://receiver.example.org/hook"));
        assertTrue(refused.getMessage().contains("link-local"), refused.getMessage());
    }

    @Test
    void aNameWithOnePublicAndOneInternalAddressIsRefusedWhole() {
        WebhookTargetPolicy mixed = new WebhookTargetPolicy(List.of(), host -> new InetAddress[]{
                InetAddress.getByName("203.0.113.5"), InetAddress.getByName("10.0.0.8")});
        assertTrue(mixed.problemAtRegistration("https://mixed.example.org/").isPresent());
        assertThrows(WebhookTargetPolicy.Refused.class, () -> mixed.resolveForDelivery("https://mixed.example.org/"));
    }

    @Test
    void aDeliveryConnectsToTheAddressThatWasChecked() throws Exception {
        WebhookTargetPolicy.Target target = policy.resolveForDelivery("https://receiver.example.org:8443/hook?x=1");
        assertEquals("203.0.113.5", target.address().getHostAddress());
        assertEquals("receiver.example.org", target.host());
        assertEquals(8443, target.port());
        assertTrue(target.https());
        assertEquals("/hook?x=1", target.requestUri());
    }

    @Test
    void allowListedHostsMayBePlainHttpAndInternal() throws Exception {
        WebhookTargetPolicy local = new WebhookTargetPolicy(List.of("127.0.0.2", "localhost:9000"),
                dns(Map.of("localhost", "127.0.0.1")));
        assertEquals(Optional.empty(), local.problemAtRegistration("http://127.0.0.2:41234/hook"));
        assertEquals(Optional.empty(), local.problemAtRegistration("http://localhost:9000/hook"));
        assertTrue(local.problemAtRegistration("http://localhost:9001/hook").isPresent(), "another port");
        assertTrue(local.problemAtRegistration("http://127.0.0.1:41234/hook").isPresent(), "not listed");
        assertEquals("127.0.0.2", local.resolveForDelivery("http://127.0.0.2:41234/hook").address().getHostAddress());
        assertFalse(local.resolveForDelivery("http://localhost:9000/").https());
    }

    @Test
    void theAllowListIsEmptyByDefault() {
        WebhookTargetPolicy none = WebhookTargetPolicy.of(List.of());
        assertTrue(none.problemAtRegistration("http://127.0.0.2:41234/hook").isPresent());
    }
}
