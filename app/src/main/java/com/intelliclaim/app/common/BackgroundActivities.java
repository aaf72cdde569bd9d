package com.intelliclaim.app.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The background work the status bar shows: the most recently begun activity that has not ended, its message, its
 * progress (0..1, or -1 when unknown) and whether it can be cancelled. Esc cancels it. Used on the UI thread only.
 */
public final class BackgroundActivities {
    private final List<Activity> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);

    /**
     * Starts showing an activity.
     *
     * @param cancel what cancelling it does, or null when it cannot be cancelled
     */
    public Activity begin(String text, Runnable cancel) {
        Activity activity = new Activity(text, cancel);
        running.add(activity);
        show();
        return activity;
    }

    /** Cancels the activity shown, when it can be cancelled; true when there was one to cancel. */
    public boolean cancel() {
        for (int i = running.size() - 1; i >= 0; i--) {
            Activity activity = running.get(i);
            if (activity.cancel != null) {
                activity.cancel.run();
                return true;
            }
        }
        return false;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void show() {
        if (running.isEmpty()) {
            message.set("");
            progress.set(0);
            cancellable.set(false);
            busy.set(false);
            return;
        }
        Activity shown = running.get(running.size() - 1);
        message.set(shown.text);
        progress.set(shown.progress);
        cancellable.set(running.stream().anyMatch(a -> a.cancel != null));
        busy.set(true);
    }

    /** One piece of background work as the status bar shows it. */
    public final class Activity {
        private final Runnable cancel;
        private String text;
        private double progress = -1;

        private Activity(String text, Runnable cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        /** New words and progress (0..1, or -1 when unknown). */
        public void update(String newText, double newProgress) {
            text = newText;
            progress = newProgress;
            if (running.contains(this)) {
                show();
            }
        }

        /** Stops showing it; idempotent. */
        public void end() {
            running.remove(this);
            show();
        }
    }
}
