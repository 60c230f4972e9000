package cn.gov.sed.notification.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {
    private static final Duration BASE = Duration.ofSeconds(10);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void doublesUpToTheCap() {
        assertEquals(Duration.ofSeconds(10), Backoff.after(1, BASE, MAX));
        assertEquals(Duration.ofSeconds(20), Backoff.after(2, BASE, MAX));
        assertEquals(Duration.ofSeconds(40), Backoff.after(3, BASE, MAX));
        assertEquals(MAX, Backoff.after(30, BASE, MAX));
    }

    @Test
    void jitterKeepsHalfAndSpreadsTheOtherHalf() {
        Random random = new Random(42);
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Duration wait = Backoff.withJitter(3, BASE, MAX, random);
            assertTrue(wait.compareTo(Duration.ofSeconds(20)) >= 0 && wait.compareTo(Duration.ofSeconds(40)) <= 0,
                    wait.toString());
            seen.add(wait);
        }
        assertTrue(seen.size() > 50, "the waits are spread, not all equal: " + seen.size());
    }
}
