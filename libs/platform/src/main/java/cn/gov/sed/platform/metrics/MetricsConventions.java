package cn.gov.sed.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.stream.LongStream;

/**
 * The suite's conventions for what {@code /q/metrics} serves (quarkus-micrometer applies every {@link MeterFilter}
 * bean to its registry):
 * <ul>
 *   <li>every series carries {@code service="<quarkus.application.name>"}, so dashboards and alerts group by service
 *   whatever labels the scraper adds;</li>
 *   <li>{@code http_server_requests_seconds} (the URI label is the route's template, {@code /api/v1/hazards/{id}},
 *   never a raw id) has fixed latency buckets, so Prometheus computes a p95 per endpoint across replicas with
 *   {@code histogram_quantile}. A handful of fixed buckets rather than Micrometer's percentile histogram (about 70
 *   buckets per endpoint, method and status) keeps the series count small.</li>
 * </ul>
 */
public class MetricsConventions {
    /** The latency buckets, in milliseconds, around the budgets the alerts use: reads p95 100 ms (docs/benchmarks.md), writes 500 ms. */
    static final long[] LATENCY_BUCKETS_MS = {25, 50, 100, 200, 300, 500, 1_000, 2_000, 5_000, 10_000};

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Produces
    @Singleton
    MeterFilter serviceTag() {
        return MeterFilter.commonTags(Tags.of("service", service));
    }

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        double[] buckets = LongStream.of(LATENCY_BUCKETS_MS)
                .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(buckets).build().merge(config);
            }
        };
    }
}
