package cn.gov.sed.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a webhook may point (API.md v1.1 "webhook targets"): an {@code https} URL whose host is, and resolves to,
 * public addresses only, so that a subscriber cannot make this service post into the internal network
 * (server-side request forgery). Hosts on the configured allow-list ({@code sed.webhooks.allowed-hosts}: a host or
 * {@code host:port}) may use plain {@code http} and any address: tests and a person's local receiver.
 * <p>
 * Registration only resolves the name (it never contacts the receiver) and accepts a name that does not resolve
 * yet. Every delivery resolves the name again and connects to the very address it checked ({@link Target}), so a
 * DNS answer that changes between the check and the connection cannot lead to an internal address.
 */
public final class WebhookTargetPolicy {
    /** Name resolution, replaceable in unit tests; production uses the JDK's resolver. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A checked target: connect to {@code address}, but speak to {@code host} (Host header, TLS SNI and name check). */
    public record Target(String host, int port, boolean https, String requestUri, InetAddress address) {
    }

    /** A delivery must not be sent to this target (its host resolves to an address that is not public). */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public WebhookTargetPolicy(Collection<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    public static WebhookTargetPolicy of(Collection<String> allowedHosts) {
        return new WebhookTargetPolicy(allowedHosts, InetAddress::getAllByName);
    }

    /**
     * At registration: the reason the URL is refused, or empty. Never contacts the receiver; a name that does not
     * resolve is accepted (each delivery checks it again).
     */
    public Optional<String> problemAtRegistration(String url) {
        Parsed parsed;
        try {
            parsed = parse(url);
        } catch (Refused e) {
            return Optional.of(e.getMessage());
        }
        if (parsed.allowListed) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(parsed.host);
        } catch (UnknownHostException e) {
            return Optional.empty(); // may resolve later; every delivery checks again
        }
        return Arrays.stream(addresses).map(WebhookTargetPolicy::forbidden).flatMap(Optional::stream)
                .findFirst().map(reason -> "must not point to " + reason);
    }

    /**
     * At delivery: resolves the host now and answers the address to connect to. Refused when the URL is not
     * acceptable or any address the name resolves to is not public (a name that mixes public and internal
     * addresses is refused whole).
     */
    public Target resolveForDelivery(String url) throws Refused, UnknownHostException {
        Parsed parsed = parse(url);
        InetAddress[] addresses = resolver.resolve(parsed.host);
        if (addresses.length == 0) {
            throw new UnknownHostException(parsed.host);
        }
        if (!parsed.allowListed) {
            for (InetAddress address : addresses) {
                Optional<String> reason = forbidden(address);
                if (reason.isPresent()) {
                    throw new Refused("refused: " + parsed.host + " resolves to " + reason.get());
                }
            }
        }
        return new Target(parsed.host, parsed.port, parsed.https, parsed.requestUri, addresses[0]);
    }

    private record Parsed(String host, int port, boolean https, String requestUri, boolean allowListed) {
    }

    private Parsed parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new Refused("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new Refused("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        String written = uri.getHost().toLowerCase(Locale.ROOT); // IPv6 literals keep their brackets here
        String host = written.startsWith("[") && written.endsWith("]")
                ? written.substring(1, written.length() - 1) : written;
        boolean https = scheme.equals("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        boolean allowListed = allowedHosts.contains(written) || allowedHosts.contains(host)
                || allowedHosts.contains(written + ":" + port);
        if (!https && !allowListed) {
            throw new Refused("must be https");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String requestUri = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Parsed(host, port, https, requestUri, allowListed);
    }

    // --- address classes -------------------------------------------------------------------------------------------

    private record Block(byte[] network, int bits, String label) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Block block(String cidr, String label) {
        String[] parts = cidr.split("/");
        return new Block(literal(parts[0]), Integer.parseInt(parts[1]), label);
    }

    /** The bytes of an address literal, kept as 16 bytes for IPv6 (the JDK would turn ::ffff:0:0 into IPv4). */
    private static byte[] literal(String text) {
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress(); // a literal: no name lookup
            if (text.contains(":") && bytes.length == 4) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return mapped;
            }
            return bytes;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static final List<Block> NOT_PUBLIC = List.of(
            block("0.0.0.0/8", "an unspecified address"),
            block("10.0.0.0/8", "a private address"),
            block("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            block("127.0.0.0/8", "a loopback address"),
            block("169.254.0.0/16", "a link-local address"),
            block("172.16.0.0/12", "a private address"),
            block("192.0.0.0/24", "an IETF protocol address"),
            block("192.168.0.0/16", "a private address"),
            block("198.18.0.0/15", "a benchmarking address"),
            block("224.0.0.0/4", "a multicast address"),
            block("240.0.0.0/4", "a reserved or broadcast address"),
            block("::/128", "an unspecified address"),
            block("::1/128", "a loopback address"),
            block("fc00::/7", "a unique local (private) address"),
            block("fe80::/10", "a link-local address"),
            block("fec0::/10", "a site-local address"),
            block("ff00::/8", "a multicast address"));

    /** Why {@code address} is not a public address (loopback, private, link-local …), or empty when it is one. */
    public static Optional<String> forbidden(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<byte[]> embedded = embeddedIpv4(bytes);
            if (embedded.isPresent()) {
                try {
                    return forbidden(Inet4Address.getByAddress(embedded.get()))
                            .map(reason -> reason + " (embedded in an IPv6 address)");
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return NOT_PUBLIC.stream().filter(b -> b.contains(bytes)).map(Block::label).findFirst();
    }

    /**
     * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96)
     * or 6to4 (2002:aabb:ccdd::/48) address: these reach the IPv4 address, so they are judged by it.
     */
    private static Optional<byte[]> embeddedIpv4(byte[] v6) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= v6[i] == 0;
        }
        boolean mapped = firstTenZero && v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
        boolean compatible = firstTenZero && v6[10] == 0 && v6[11] == 0
                && !(v6[12] == 0 && v6[13] == 0 && v6[14] == 0 && (v6[15] == 0 || v6[15] == 1)); // not :: or ::1
        boolean nat64 = v6[0] == 0 && v6[1] == 0x64 && v6[2] == (byte) 0xff && v6[3] == (byte) 0x9b
                && Arrays.equals(Arrays.copyOfRange(v6, 4, 12), new byte[8]);
        if (mapped || compatible || nat64) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16));
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return Optional.of(Arrays.copyOfRange(v6, 2, 6));
        }
        return Optional.empty();
    }
}
