package com.intelliclaim.app.shell;

import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.ImmediateTaskRunner;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EngineLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void screensWaitingForTheEngineGetItOnceItIsOpen() {
        BackgroundActivities activities = new BackgroundActivities();
        try (EngineLoader loader = new EngineLoader(new ImmediateTaskRunner(), activities)) {
            List<IntelliClaimEngine> got = new ArrayList<>();
            loader.whenReady(got::add);
            loader.open(EngineConfig.at(tmp.resolve("data")));

            assertThat(loader.stateProperty().get()).isEqualTo(EngineLoader.State.READY);
            assertThat(got).hasSize(1);
            loader.whenReady(got::add);
            assertThat(got).hasSize(2).allMatch(e -> e == got.get(0));
            assertThat(activities.busyProperty().get()).isFalse();
            assertThat(loader.problemProperty().get()).isEmpty();
        }
    }

    @Test
    void aDataFolderThatIsAFileFailsWithThePlainReason() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        try (EngineLoader loader = new EngineLoader(new ImmediateTaskRunner(), new BackgroundActivities())) {
            List<IntelliClaimEngine> got = new ArrayList<>();
            loader.whenReady(got::add);
            loader.open(EngineConfig.at(file));

            assertThat(loader.stateProperty().get()).isEqualTo(EngineLoader.State.FAILED);
            assertThat(loader.problemProperty().get()).contains(file.toString(), "is a file, not a folder");
            assertThat(got).isEmpty();
        }
    }

    @Test
    void aFolderInUseByAnotherWindowIsReportedNotCrashed() {
        Path data = tmp.resolve("data");
        try (IntelliClaimEngine other = IntelliClaimEngine.open(EngineConfig.at(data));
             EngineLoader loader = new EngineLoader(new ImmediateTaskRunner(), new BackgroundActivities())) {
            loader.open(EngineConfig.at(data));
            assertThat(loader.stateProperty().get()).isEqualTo(EngineLoader.State.FAILED);
            assertThat(loader.problemProperty().get()).containsIgnoringCase("in use");
        }
    }
}
