package com.intelliclaim.app.common;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread went without a pulse. While started it keeps pulses coming (an AnimationTimer asks
 * for one every frame, about 16 ms) and records the longest gap between two; a gap far above the frame time means
 * the FX thread was busy. A measuring aid, switched on with {@code -Dintelliclaim.fxStallProbe=true}.
 */
public final class FxStallProbe {
    private static final long LONG_GAP_NANOS = 100_000_000;
    private long started;
    private long last;
    private long worst;
    private long worstAt;
    private long frames;
    private long longGaps;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0) {
                long gap = now - last;
                if (gap > worst) {
                    worst = gap;
                    worstAt = last - started;
                }
                longGaps += gap > LONG_GAP_NANOS ? 1 : 0;
            } else {
                started = now;
            }
            last = now;
            frames++;
        }
    };

    public static boolean enabled() {
        return Boolean.getBoolean("intelliclaim.fxStallProbe");
    }

    public void start() {
        timer.start();
    }

    /** Starts a new measurement window. */
    public void reset() {
        worst = 0;
        worstAt = 0;
        frames = 0;
        longGaps = 0;
        last = 0;
    }

    /** The longest gap between two pulses since the last reset, in milliseconds. */
    public double worstGapMillis() {
        return worst / 1e6;
    }

    public long frames() {
        return frames;
    }

    /** A line for the log: the worst gap, when it began, and how many gaps exceeded 100 ms. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "worst gap between pulses %.1f ms (starting %.1f s into the"
                + " window), %d gaps over 100 ms, %d frames", worst / 1e6, worstAt / 1e9, longGaps, frames);
    }
}
