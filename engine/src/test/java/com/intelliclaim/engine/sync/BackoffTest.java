package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    /** A random source that always answers the same fraction. */
    private static RandomGenerator fixed(double fraction) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return fraction;
            }
        };
    }

    @ParameterizedTest(name = "retry {0}: between {1} and {2} ms")
    @CsvSource({
        "0, 1000, 2000",
        "1, 2000, 4000",
        "2, 4000, 8000",
        "5, 30000, 60000",
        "6, 30000, 60000",
        "60, 30000, 60000",
    })
    void waitsGrowTwofoldUpToTheCapWithJitterInTheUpperHalf(int retry, long lowest, long highest) {
        Duration base = Duration.ofSeconds(2);
        Duration cap = Duration.ofMinutes(1);
        assertThat(new Backoff(base, cap, fixed(0.0)).delay(retry)).isEqualTo(Duration.ofMillis(lowest));
        assertThat(new Backoff(base, cap, fixed(0.999_999)).delay(retry).toMillis()).isBetween(highest - 1, highest);
        assertThat(new Backoff(base, cap, RandomGenerator.getDefault()).delay(retry).toMillis())
                .isBetween(lowest, highest);
    }

    @ParameterizedTest(name = "base {0} ms, cap {1} ms")
    @CsvSource({"0, 10", "-5, 10", "20, 10"})
    void refusesABaseThatIsNotPositiveOrAboveTheCap(long base, long cap) {
        assertThatThrownBy(() -> new Backoff(Duration.ofMillis(base), Duration.ofMillis(cap), fixed(0.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
