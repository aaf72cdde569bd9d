package com.intelliclaim.app.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The test twin of {@link FxScheduler}: actions wait until the test runs them. */
final class ManualScheduler implements Scheduler {
    record Planned(Duration delay, Runnable action, boolean[] cancelled) {
    }

    private final List<Planned> planned = new ArrayList<>();

    @Override
    public Runnable after(Duration delay, Runnable action) {
        Planned p = new Planned(delay, action, new boolean[1]);
        planned.add(p);
        return () -> p.cancelled()[0] = true;
    }

    /** The delays of actions still waiting (not run, not cancelled). */
    List<Duration> waiting() {
        return planned.stream().filter(p -> !p.cancelled()[0]).map(Planned::delay).toList();
    }

    /** Runs the waiting actions planned with this delay (they may plan new ones). */
    void run(Duration delay) {
        List<Planned> due = planned.stream().filter(p -> !p.cancelled()[0] && p.delay().equals(delay)).toList();
        planned.removeAll(due);
        due.forEach(p -> p.action().run());
    }
}
