package cn.gov.sed.platform.health;

import cn.gov.sed.platform.outbox.BrokerClients;
import cn.gov.sed.platform.outbox.OutboxMonitor;
import cn.gov.sed.platform.outbox.OutboxRelay;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Readiness data of the event backbone: the broker's state, the outbox backlog and the parked events. It is UP
 * while only Kafka is down: writes go on through the outbox and drain once the broker is back, so taking the pod
 * out of service would turn a broker outage into an outage of the API. (The database's own check, which the
 * datasource extension adds, does take readiness down with the database.)
 */
@Readiness
@ApplicationScoped
public class EventBackboneHealthCheck implements HealthCheck {
    private static final Duration CACHE = Duration.ofSeconds(5);

    @Inject
    OutboxMonitor monitor;
    @Inject
    OutboxRelay relay;
    @Inject
    BrokerClients brokerClients;

    private Admin admin;
    private volatile String brokerState = "UNKNOWN";
    private volatile Instant brokerCheckedAt = Instant.EPOCH;
    private final AtomicBoolean checking = new AtomicBoolean();
    private ExecutorService checker;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event backbone (outbox and broker)").up()
                .withData("broker", broker())
                .withData("relayLeader", relay.isLeader());
        try {
            OutboxMonitor.Snapshot outbox = monitor.snapshot();
            response.withData("outboxBacklog", outbox.backlog())
                    .withData("outboxOldestAgeSeconds", outbox.oldestAgeSeconds())
                    .withData("outboxParked", outbox.parked());
            if (!outbox.parkedEventIds().isEmpty()) {
                response.withData("parkedEventIds", String.join(",", outbox.parkedEventIds()));
            }
        } catch (RuntimeException e) {
            response.withData("outbox", "unknown: the database is not reachable");
        }
        return response.build();
    }

    /**
     * The broker's state as last seen; never waits for the broker. A probe that asked the broker itself waited up to
     * its 2 s timeout whenever the broker was down, longer than a kubelet's probe timeout (1 s by default), so a broker
     * outage failed the readiness probes and took the pods out of service: what this check exists to prevent. The
     * state is asked in the background instead, at start and then at most every five seconds, when a probe finds it
     * older; UNKNOWN until the first answer.
     */
    private String broker() {
        refreshIfStale();
        return brokerState;
    }

    void warmUp(@Observes StartupEvent event) {
        refreshIfStale(); // the first answer is usually there before the first probe
    }

    private void refreshIfStale() {
        if (Duration.between(brokerCheckedAt, Instant.now()).compareTo(CACHE) < 0 || !checking.compareAndSet(false, true)) {
            return;
        }
        try {
            checker().execute(() -> {
                try {
                    brokerState = ask();
                } finally {
                    brokerCheckedAt = Instant.now();
                    checking.set(false);
                }
            });
        } catch (RuntimeException e) { // shutting down
            checking.set(false);
        }
    }

    private String ask() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes()
                    .get(3, TimeUnit.SECONDS).size();
            return nodes > 0 ? "UP" : "DOWN";
        } catch (Exception e) {
            return "DOWN";
        }
    }

    private synchronized ExecutorService checker() {
        if (checker == null) {
            checker = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "readiness-broker-check");
                t.setDaemon(true);
                return t;
            });
        }
        return checker;
    }

    private Admin admin() {
        if (admin == null) {
            Properties p = brokerClients.config("readiness-" + java.util.UUID.randomUUID());
            p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
            p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
            admin = Admin.create(p);
        }
        return admin;
    }

    synchronized void close(@Observes ShutdownEvent event) {
        if (checker != null) {
            checker.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
