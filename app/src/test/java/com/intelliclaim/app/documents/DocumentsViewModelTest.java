package com.intelliclaim.app.documents;

import com.intelliclaim.app.SamplePdfs;
import com.intelliclaim.app.common.ImmediateTaskRunner;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Documents screen's logic with the real engine and the synchronous task runner. */
class DocumentsViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void ingestShowsEachFilesOutcomeAndRefreshesTheList() throws Exception {
        Path good = SamplePdfs.policy(tmp.resolve("policy.pdf"));
        Path bad = Files.write(tmp.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'});
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            DocumentsViewModel model = new DocumentsViewModel(engine, new ImmediateTaskRunner());
            model.ingest(List.of(good, bad));

            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.files()).extracting(FileRow::name).containsExactly("policy.pdf", "scan.pdf");
            FileRow indexed = model.files().get(0);
            FileRow failed = model.files().get(1);
            assertThat(indexed.stateProperty().get()).isEqualTo("Indexed");
            assertThat(indexed.progressProperty().get()).isEqualTo(1.0);
            assertThat(failed.stateProperty().get()).isEqualTo("Failed");
            assertThat(failed.failed()).isTrue();
            assertThat(failed.detailProperty().get()).containsIgnoringCase("truncated");
            assertThat(model.statusProperty().get()).isEqualTo("1 indexed, 0 already indexed, 1 failed");
            assertThat(model.documents()).extracting(DocumentInfo::name).containsExactly("policy.pdf");
        }
    }

    @Test
    void anEmptySelectionDoesNothing() throws Exception {
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            DocumentsViewModel model = new DocumentsViewModel(engine, new ImmediateTaskRunner());
            model.ingest(List.of());
            assertThat(model.files()).isEmpty();
            assertThat(model.statusProperty().get()).isEmpty();
        }
    }
}
