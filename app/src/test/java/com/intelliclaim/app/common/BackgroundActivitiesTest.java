package com.intelliclaim.app.common;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundActivitiesTest {
    private final BackgroundActivities activities = new BackgroundActivities();

    @Test
    void showsTheLatestActivityAndFallsBackWhenItEnds() {
        BackgroundActivities.Activity open = activities.begin("Opening", null);
        BackgroundActivities.Activity ingest = activities.begin("Adding", () -> { });
        ingest.update("Embedding policy.pdf", 0.5);

        assertThat(activities.messageProperty().get()).isEqualTo("Embedding policy.pdf");
        assertThat(activities.progressProperty().get()).isEqualTo(0.5);
        assertThat(activities.cancellableProperty().get()).isTrue();

        ingest.end();
        assertThat(activities.messageProperty().get()).isEqualTo("Opening");
        assertThat(activities.cancellableProperty().get()).isFalse();
        assertThat(activities.busyProperty().get()).isTrue();
        open.end();
        open.end();
        assertThat(activities.busyProperty().get()).isFalse();
        assertThat(activities.messageProperty().get()).isEmpty();
    }

    @Test
    void cancelReachesTheLatestCancellableActivityOnly() {
        List<String> cancelled = new ArrayList<>();
        activities.begin("first", () -> cancelled.add("first"));
        activities.begin("second", () -> cancelled.add("second"));
        activities.begin("loading model", null);

        assertThat(activities.cancel()).isTrue();
        assertThat(cancelled).containsExactly("second");
    }

    @Test
    void cancelWithNothingCancellableSaysSo() {
        activities.begin("loading model", null);
        assertThat(activities.cancel()).isFalse();
    }
}
