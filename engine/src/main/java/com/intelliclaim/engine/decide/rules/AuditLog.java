package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.AuditStep;
import java.util.ArrayList;
import java.util.List;

/** The adjudicator's steps with their real durations. Not thread-safe: one per decision. */
final class AuditLog {
    private final List<AuditStep> steps = new ArrayList<>();
    private long started = System.nanoTime();

    /** Records a step that ran since the previous one (or since this log was made). */
    void step(String name, String detail) {
        long now = System.nanoTime();
        steps.add(new AuditStep(name, detail, (now - started) / 1_000_000));
        started = now;
    }

    List<AuditStep> steps() {
        return List.copyOf(steps);
    }
}
