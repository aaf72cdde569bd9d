package com.intelliclaim.app.common;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedErrorsTest {
    @Test
    void aThrowableFromAnyThreadReachesTheDialogInPlainWordsWithTheDetailsApart() throws Exception {
        List<UnexpectedErrors.Report> shown = new ArrayList<>();
        List<Runnable> uiQueue = new ArrayList<>();
        UnexpectedErrors handler = new UnexpectedErrors(uiQueue::add, shown::add);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("index 7 out of bounds for length 3");
        }, "some-worker");
        worker.setUncaughtExceptionHandler(handler);
        worker.start();
        worker.join();

        assertThat(shown).isEmpty(); // only on the UI thread
        uiQueue.forEach(Runnable::run);
        assertThat(shown).hasSize(1);
        UnexpectedErrors.Report report = shown.get(0);
        assertThat(report.message()).contains("unexpected problem").doesNotContain("IllegalStateException")
                .doesNotContain("index 7");
        assertThat(report.details()).contains("IllegalStateException", "index 7 out of bounds", "at ");
    }
}
