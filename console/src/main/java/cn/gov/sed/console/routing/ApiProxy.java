package cn.gov.sed.console.routing;

import cn.gov.sed.console.ConsoleConfig;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * {@code /api/v1/...} on the console's origin goes to the service that owns the path ({@link ApiRoutes}), at the
 * address the configuration gives ({@code console.upstream.<service>}); the client never names an upstream.
 * <p>
 * Vert.x's reverse proxy (vertx-http-proxy, the version of Quarkus's Vert.x) does the HTTP: bodies stream both ways
 * (an export of 100,000 rows never sits in the console's memory), hop-by-hop headers are dropped. This class adds what
 * a reverse proxy in front of a public API needs: only the headers the API reads travel upstream (no cookie, no
 * forwarded-for the client made up), and a service that is down or silent becomes a 502 or 504 problem.
 */
@ApplicationScoped
public class ApiProxy {
    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** The request headers the services read (API.md): everything else stays at the console. */
    static final Set<String> FORWARDED_HEADERS = Set.of("authorization", "accept", "accept-language", "content-type",
            "content-length", "if-match", "if-none-match", "idempotency-key", "traceparent", "tracestate");

    /** Before Quarkus REST (the console's own endpoints), after the path guard (a filter). */
    private static final int ROUTE_ORDER = 100;

    private final ConsoleConfig config;

    public ApiProxy(ConsoleConfig config) {
        this.config = config;
    }

    void route(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(50)
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis()));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(this::originRequest).addInterceptor(new ApiInterceptor());
        router.route(ApiRoutes.PREFIX + "*").order(ROUTE_ORDER).handler(rc -> {
            if (ApiRoutes.owner(rc.request().path()).isEmpty()) {
                rc.response().setStatusCode(404).putHeader("Content-Type", Problems.MEDIA_TYPE)
                        .end(Problems.body("not-found", "Not Found", 404, "no service answers " + rc.request().path()));
                return;
            }
            proxy.handle(rc.request());
        });
    }

    private Future<HttpClientRequest> originRequest(ProxyContext context) {
        String service = ApiRoutes.owner(context.request().proxiedRequest().path()).orElseThrow();
        URI upstream = config.upstream().get(service);
        if (upstream == null) {
            return Future.failedFuture(new UpstreamNotConfigured(service));
        }
        boolean tls = "https".equalsIgnoreCase(upstream.getScheme());
        int port = upstream.getPort() > 0 ? upstream.getPort() : tls ? 443 : 80;
        return context.client().request(new RequestOptions().setHost(upstream.getHost()).setPort(port).setSsl(tls)
                .setConnectTimeout(config.proxy().connectTimeout().toMillis())
                .setIdleTimeout(config.proxy().idleTimeout().toMillis()));
    }

    /** Filters the request's headers; turns a failed call into a problem the page can show. */
    private static final class ApiInterceptor implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            MultiMap headers = context.request().headers();
            for (String name : List.copyOf(headers.names())) {
                if (!FORWARDED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    headers.remove(name);
                }
            }
            // the service sees the console's host, so that a Location it writes points at the console's origin
            context.request().setAuthority(context.request().proxiedRequest().authority());
            return context.sendRequest().recover(failure -> {
                int status = isTimeout(failure) ? 504 : 502;
                String service = ApiRoutes.owner(context.request().proxiedRequest().path()).orElse("the service");
                LOG.warnf("%s %s: %s", context.request().getMethod(), context.request().proxiedRequest().path(), failure);
                String detail = status == 504 ? service + " did not answer in time"
                        : failure instanceof UpstreamNotConfigured ? service + " has no address configured"
                        : service + " is unreachable";
                return Future.succeededFuture(context.request().release().response().setStatusCode(status)
                        .putHeader("Content-Type", Problems.MEDIA_TYPE)
                        .setBody(Body.body(Problems.body(status == 504 ? "upstream-timeout" : "upstream-unavailable",
                                status == 504 ? "Gateway Timeout" : "Bad Gateway", status, detail))));
            });
        }

        private static boolean isTimeout(Throwable failure) {
            // Vert.x's idle timeout is a TimeoutException; a connection not accepted in time is Netty's
            return failure instanceof TimeoutException || failure instanceof ConnectTimeoutException;
        }
    }

    private static final class UpstreamNotConfigured extends RuntimeException {
        UpstreamNotConfigured(String service) {
            super("console.upstream." + service + " is not set", null, false, false);
        }
    }
}
