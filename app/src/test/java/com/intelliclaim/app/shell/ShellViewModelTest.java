package com.intelliclaim.app.shell;

import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.engine.api.DocumentInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {
    private static final List<String> SCREENS = List.of("documents", "settings");
    @TempDir
    Path config;

    private ShellViewModel model() {
        return new ShellViewModel(SCREENS, new ShellStateStore(config), new BackgroundActivities());
    }

    @Test
    void startsOnTheFirstScreenAndNavigatesByIdAndNumber() {
        ShellViewModel model = model();
        assertThat(model.selectedProperty().get()).isEqualTo("documents");

        assertThat(model.selectNumber(2)).isTrue();
        assertThat(model.selectedProperty().get()).isEqualTo("settings");
        assertThat(model.selectNumber(3)).isFalse(); // Ctrl+3: no such screen yet
        assertThat(model.selectNumber(0)).isFalse();
        model.select("history");
        assertThat(model.selectedProperty().get()).isEqualTo("settings");
        model.select("documents");
        assertThat(model.selectedProperty().get()).isEqualTo("documents");
    }

    @Test
    void theLastScreenAndTheWindowLayoutComeBackAtTheNextStart() {
        ShellViewModel first = model();
        first.select("settings");
        first.closing(new WindowState(40, 60, 1000, 700, true));

        ShellViewModel next = model();
        assertThat(next.selectedProperty().get()).isEqualTo("settings");
        assertThat(next.savedWindow()).contains(new WindowState(40, 60, 1000, 700, true));
    }

    @Test
    void aScreenThatNoLongerExistsOrADamagedLayoutFallsBackToDefaults() throws Exception {
        Files.writeString(config.resolve("window.properties"), "screen=ask\nwindow.width=wide\n");
        ShellViewModel model = model();
        assertThat(model.selectedProperty().get()).isEqualTo("documents");
        assertThat(model.savedWindow()).isEmpty();
    }

    @Test
    void aTinySavedWindowIsEnlargedToTheMinimum() {
        assertThat(new WindowState(0, 0, 10, 10, false))
                .isEqualTo(new WindowState(0, 0, WindowState.MIN_WIDTH, WindowState.MIN_HEIGHT, false));
    }

    @Test
    void theStatusBarCountsDocumentsAndPassagesAndSaysOffline() {
        ShellViewModel model = model();
        ObservableList<DocumentInfo> documents = FXCollections.observableArrayList();
        model.trackDocuments(documents);
        assertThat(model.countsProperty().get()).isEqualTo("0 documents · 0 passages");
        documents.add(new DocumentInfo(1, "ab".repeat(32), "policy.pdf", "application/pdf", 1000, 101, 455,
                Instant.now()));
        assertThat(model.countsProperty().get()).isEqualTo("1 document · 455 passages");
        documents.add(new DocumentInfo(2, "cd".repeat(32), "bill.pdf", "application/pdf", 1000, 2, 1, Instant.now()));
        assertThat(model.countsProperty().get()).isEqualTo("2 documents · 456 passages");
    }

    @Test
    void escapeCancelsTheRunningJob() {
        BackgroundActivities activities = new BackgroundActivities();
        ShellViewModel model = new ShellViewModel(SCREENS, new ShellStateStore(config), activities);
        boolean[] cancelled = {false};
        activities.begin("Adding documents", () -> cancelled[0] = true);
        assertThat(model.cancelActivity()).isTrue();
        assertThat(cancelled[0]).isTrue();
    }
}
