package cn.gov.sed.notification.webhook;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter: about base, 2×base, 4×base … capped, so a receiver that is down is not
 * hammered, and the deliveries that failed together (a receiver's outage) do not all come back at the same instant.
 */
public final class Backoff {
    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1 = the first), without jitter. */
    public static Duration after(int attempts, Duration base, Duration max) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = base.multipliedBy(1L << exponent);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** The wait with "equal jitter": half of {@link #after} fixed, the other half random. */
    public static Duration withJitter(int attempts, Duration base, Duration max, RandomGenerator random) {
        long millis = after(attempts, base, max).toMillis();
        long half = millis / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
