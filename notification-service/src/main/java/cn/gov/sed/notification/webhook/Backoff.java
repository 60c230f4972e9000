package cn.gov.sed.notification.webhook;

import java.time.Duration;

/** Exponential back-off: base, 2×base, 4×base … capped, so a receiver that is down is not hammered. */
public final class Backoff {
    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
    public static Duration after(int attempts, Duration base, Duration max) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = base.multipliedBy(1L << exponent);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
