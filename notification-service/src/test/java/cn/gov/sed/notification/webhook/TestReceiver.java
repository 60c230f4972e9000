package cn.gov.sed.notification.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A receiving system for the webhook tests: the JDK's HttpServer, one thread per request (so a slow answer holds
 * back nothing of the receiver itself). By path: {@code /ok} 204, {@code /flaky} 500 then 200, {@code /down} 503,
 * {@code /slow} holds the request until {@link #releaseSlow()}, {@code /trickle} answers 200 and then one byte per
 * 200 ms for a minute, {@code /redirect} 302 to {@code /ok}, {@code /switch} 503 until {@link #switchOn()}.
 */
public final class TestReceiver implements AutoCloseable {
    /** What the receiving system got. */
    public record Received(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public final List<Received> received = new CopyOnWriteArrayList<>();
    public final AtomicInteger flakyCalls = new AtomicInteger();
    public final CountDownLatch slowEntered = new CountDownLatch(1);
    /** When the trickling answer ended (the client cut it), in ms since it started; -1 while it goes on. */
    public final AtomicLong trickleCutAfterMillis = new AtomicLong(-1);
    private final CountDownLatch slowRelease = new CountDownLatch(1);
    private volatile boolean switchedOn;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String host;

    /** A receiver on {@code host} (127.0.0.2 is on the test profile's allow-list; 127.0.0.1 is not). */
    public TestReceiver(String host) throws IOException {
        this.host = host;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static TestReceiver allowListed() throws IOException {
        return new TestReceiver("127.0.0.2");
    }

    public String url(String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Received> withCeId(String ceId) {
        return received.stream().filter(r -> ceId.equals(r.header("ce_id"))).toList();
    }

    public void releaseSlow() {
        slowRelease.countDown();
    }

    public void switchOn() {
        switchedOn = true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
        try {
            switch (path) {
                case "/ok" -> exchange.sendResponseHeaders(204, -1);
                case "/flaky" -> exchange.sendResponseHeaders(flakyCalls.incrementAndGet() == 1 ? 500 : 200, -1);
                case "/switch" -> exchange.sendResponseHeaders(switchedOn ? 200 : 503, -1);
                case "/redirect" -> {
                    exchange.getResponseHeaders().add("Location", url("/ok"));
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/slow" -> {
                    slowEntered.countDown();
                    slowRelease.await(60, TimeUnit.SECONDS);
                    exchange.sendResponseHeaders(200, -1);
                }
                case "/trickle" -> trickle(exchange);
                default -> exchange.sendResponseHeaders(503, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void trickle(HttpExchange exchange) throws IOException, InterruptedException {
        long start = System.nanoTime();
        exchange.sendResponseHeaders(200, 0); // chunked
        OutputStream out = exchange.getResponseBody();
        try {
            for (int i = 0; i < 300; i++) {
                out.write('.');
                out.flush();
                Thread.sleep(200);
            }
        } catch (IOException cut) {
            trickleCutAfterMillis.set((System.nanoTime() - start) / 1_000_000);
            throw cut;
        }
    }

    @Override
    public void close() {
        releaseSlow();
        server.stop(0);
        threads.shutdownNow();
    }
}
