package com.intelliclaim.engine.sync;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th retry (0-based) waits a random time between half and all of
 * {@code min(cap, base * 2^n)}, so analysts who lost the network together do not come back together.
 */
public record Backoff(Duration base, Duration cap, RandomGenerator random) {
    public Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, not " + base + " and " + cap);
        }
    }

    /**
     * 2 s doubling up to 5 minutes. The jitter comes from {@code java.base}'s {@link SplittableRandom}, not
     * {@code RandomGenerator.getDefault()}, whose algorithm lives in the {@code jdk.random} module that a trimmed
     * runtime may leave out.
     */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new SplittableRandom());
    }

    public Duration delay(int retry) {
        long ceiling = base.toMillis() << Math.min(Math.max(retry, 0), 30);
        long full = Math.min(cap.toMillis(), ceiling <= 0 ? Long.MAX_VALUE : ceiling);
        long half = full / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (full - half)));
    }
}
