package cn.gov.sed.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Puts {@link SpecConformance} in front of every REST Assured call of every {@code @QuarkusTest} of the services
 * (found by the ServiceLoader: {@code META-INF/services}), so no test can forget it.
 */
public class SpecConformanceCallback implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        SpecConformance.install();
    }
}
