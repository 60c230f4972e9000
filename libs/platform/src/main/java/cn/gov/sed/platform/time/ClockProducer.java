package cn.gov.sed.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock every rule of "on the day" reads. Production uses the system clock; tests replace the bean with a
 * {@link MovableClock} (an alternative) so deadlines and escalations can be driven without waiting.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @Singleton
    @DefaultBean
    public MovableClock clock() {
        return new MovableClock(Clock.systemUTC());
    }
}
