package com.intelliclaim.app.sync;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link Scheduler} on the JavaFX animation timer: the action runs on the FX thread (it only queues work). */
public final class FxScheduler implements Scheduler {
    @Override
    public Runnable after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
