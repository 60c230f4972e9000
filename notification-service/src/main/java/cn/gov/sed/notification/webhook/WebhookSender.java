package cn.gov.sed.notification.webhook;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Posts one delivery to its checked target with the Vert.x HTTP client, without blocking a thread while the
 * receiver answers. The client connects to the address the {@link WebhookTargetPolicy} checked
 * ({@code RequestOptions.setServer}) while the Host header, TLS SNI and certificate name check use the URL's host:
 * no second name lookup happens, so DNS rebinding cannot lead it elsewhere. (The JDK HttpClient the dispatcher
 * used before cannot do that: it resolves the URL's host itself and refuses a Host header of our own.)
 * Redirects are never followed; the whole exchange (connect, request, response headers and body) has one deadline.
 */
@ApplicationScoped
public class WebhookSender {
    @Inject
    Vertx vertx;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(false)     // every delivery resolves and connects anew
                .setVerifyHost(true)     // the certificate must name the URL's host
                .setTrustAll(false)
                .setMaxRedirects(0)
                .setDecompressionSupported(false)
                .setMaxPoolSize(200));
    }

    @PreDestroy
    void stop() {
        if (client != null) {
            client.close();
        }
    }

    /** The request options of a delivery: connect to the checked address, speak to the URL's host. */
    static RequestOptions requestOptions(WebhookTargetPolicy.Target target, MultiMap headers, Duration deadline) {
        return new RequestOptions()
                .setMethod(HttpMethod.POST)
                // the checked address as a literal: connecting to it involves no name lookup
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(deadline.toMillis())
                .setHeaders(headers);
    }

    /** The receiver's status code, or a failure (connection refused, deadline exceeded …). */
    public Future<Integer> post(WebhookTargetPolicy.Target target, MultiMap headers, byte[] body, Duration deadline) {
        Promise<Integer> outcome = Promise.promise();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        long timer = vertx.setTimer(deadline.toMillis(), id -> {
            if (outcome.tryFail(new TimeoutException("no complete answer within " + deadline.toSeconds() + " s"))) {
                HttpClientRequest request = sent.get();
                if (request != null) {
                    request.reset(); // closes the connection: a receiver that trickles its answer is cut
                }
            }
        });
        client.request(requestOptions(target, headers, deadline))
                .compose(request -> {
                    sent.set(request);
                    if (outcome.future().isComplete()) { // the deadline passed while connecting
                        request.reset();
                        return Future.failedFuture("deadline passed while connecting");
                    }
                    return request.send(Buffer.buffer(body));
                })
                .compose(response -> {
                    try {
                        response.handler(ignored -> { }); // the answer's body is read (bounded by the deadline), not kept
                    } catch (IllegalStateException alreadyEnded) {
                        // a short answer (a 302 without a body) may be over before this runs: nothing left to read
                    }
                    return response.end().map(done -> response.statusCode());
                })
                .onComplete(result -> {
                    vertx.cancelTimer(timer);
                    if (result.succeeded()) {
                        outcome.tryComplete(result.result());
                    } else {
                        outcome.tryFail(result.cause());
                    }
                });
        return outcome.future();
    }
}
