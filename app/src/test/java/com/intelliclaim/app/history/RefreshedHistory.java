package com.intelliclaim.app.history;

import com.intelliclaim.app.common.ImmediateTaskRunner;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.time.ZoneOffset;

/** The History screen's model for tests: on the immediate task runner, dates in UTC, refreshed from the engine. */
final class RefreshedHistory {
    private RefreshedHistory() {
    }

    static HistoryViewModel of(IntelliClaimEngine engine) {
        HistoryViewModel model = new HistoryViewModel(new ImmediateTaskRunner(), engine, ZoneOffset.UTC);
        model.refresh();
        return model;
    }
}
