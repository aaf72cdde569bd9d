package com.intelliclaim.app.documents;

import com.intelliclaim.app.SamplePdfs;
import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.ImmediateTaskRunner;
import com.intelliclaim.app.common.QueuedTaskRunner;
import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.documents.FileRow.State;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Documents screen's logic with the real engine and synchronous task runners. */
class DocumentsViewModelTest {
    @TempDir
    Path tmp;
    private IntelliClaimEngine engine;
    private final BackgroundActivities activities = new BackgroundActivities();

    @BeforeEach
    void open() {
        engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private DocumentsViewModel model(TaskRunner tasks) {
        DocumentsViewModel model = new DocumentsViewModel(tasks, activities);
        model.attach(engine);
        return model;
    }

    private Path claimForm(String name, String claimant) throws Exception {
        return SamplePdfs.write(tmp.resolve(name), List.of(List.of("CLAIM FORM PART A",
                "1. Name of the insured person: " + claimant,
                "2. Hospital: City Care Hospital, Pune. Date of admission: 12/03/2024.",
                "3. Diagnosis: osteoarthritis of the right knee; total knee replacement performed.")));
    }

    private static List<State> states(DocumentsViewModel model) {
        return model.files().stream().map(FileRow::state).toList();
    }

    @Test
    void ingestShowsEachFilesOutcomeAndRefreshesTheList() throws Exception {
        Path good = SamplePdfs.policy(tmp.resolve("policy.pdf"));
        Path bad = Files.write(tmp.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'});
        DocumentsViewModel model = model(new ImmediateTaskRunner());
        model.ingest(List.of(good, bad));

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.files()).extracting(FileRow::name).containsExactly("policy.pdf", "scan.pdf");
        FileRow indexed = model.files().get(0);
        FileRow failed = model.files().get(1);
        assertThat(indexed.state()).isEqualTo(State.INDEXED);
        assertThat(indexed.stateLabelProperty().get()).isEqualTo("Indexed");
        assertThat(indexed.progressProperty().get()).isEqualTo(1.0);
        assertThat(indexed.detailProperty().get()).isEqualTo("Indexed: 3 pages, " + engine.stats().chunks() + " passages.");
        assertThat(failed.failed()).isTrue();
        assertThat(failed.detailProperty().get()).containsIgnoringCase("truncated");
        assertThat(model.statusProperty().get()).isEqualTo("1 indexed, 0 already indexed, 1 failed");
        assertThat(model.documents()).extracting(DocumentInfo::name).containsExactly("policy.pdf");
        assertThat(activities.busyProperty().get()).isFalse();

        model.ingest(List.of(good));
        assertThat(states(model)).containsExactly(State.ALREADY_INDEXED);
        assertThat(model.statusProperty().get()).isEqualTo("0 indexed, 1 already indexed, 0 failed");
    }

    @Test
    void aDroppedFolderIsListedAndEachOfItsFilesGetsARow() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("claim-123"));
        claimForm("claim-123/form.pdf", "R. Sharma");
        Files.writeString(folder.resolve("notes.txt"), "Claimant called on 14 March about the knee surgery bill.");
        Files.writeString(folder.resolve(".DS_Store"), "junk");
        DocumentsViewModel model = model(new ImmediateTaskRunner());
        model.ingest(List.of(folder));

        assertThat(model.files()).extracting(FileRow::name).containsExactly("form.pdf", "notes.txt");
        assertThat(states(model)).containsOnly(State.INDEXED);
    }

    @Test
    void theFilterKeepsDocumentsWhoseNameContainsItIgnoringCase() throws Exception {
        DocumentsViewModel model = model(new ImmediateTaskRunner());
        model.ingest(List.of(SamplePdfs.policy(tmp.resolve("Policy-Wording.pdf")), claimForm("claim-form.pdf", "A. Iyer")));
        assertThat(model.documents()).hasSize(2);

        model.filterProperty().set("  POLICY ");
        assertThat(model.documents()).extracting(DocumentInfo::name).containsExactly("Policy-Wording.pdf");
        model.filterProperty().set("bill");
        assertThat(model.documents()).isEmpty();
        assertThat(model.allDocuments()).hasSize(2);
        model.filterProperty().set("");
        assertThat(model.documents()).hasSize(2);
    }

    @Test
    void cancellingAWaitingFileTakesItOffTheQueueAndTheOthersGoOn() throws Exception {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        DocumentsViewModel model = model(tasks);
        tasks.runAll(); // the initial list
        model.ingest(List.of(claimForm("a.pdf", "A"), claimForm("b.pdf", "B"), claimForm("c.pdf", "C")));
        assertThat(states(model)).containsOnly(State.QUEUED);
        assertThat(activities.cancellableProperty().get()).isTrue();

        model.cancel(model.files().get(1));
        tasks.runAll();

        assertThat(states(model)).containsExactly(State.INDEXED, State.CANCELLED, State.INDEXED);
        assertThat(model.files().get(1).detailProperty().get()).isEqualTo("Removed from the queue.");
        assertThat(model.statusProperty().get()).isEqualTo("2 indexed, 0 already indexed, 0 failed, 1 cancelled");
        assertThat(engine.documents()).extracting(DocumentInfo::name).containsExactlyInAnyOrder("a.pdf", "c.pdf");
    }

    @Test
    void cancellingTheRunningFileInterruptsItAndStoresNothingOfIt() throws Exception {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        DocumentsViewModel model = model(tasks);
        tasks.runAll();
        model.ingest(List.of(claimForm("a.pdf", "A"), claimForm("b.pdf", "B")));
        FileRow first = model.files().get(0);
        first.stateProperty().addListener((o, was, now) -> {
            if (now == State.EMBEDDING) {
                model.cancel(first);
            }
        });
        tasks.runAll();

        assertThat(states(model)).containsExactly(State.CANCELLED, State.INDEXED);
        assertThat(first.detailProperty().get()).contains("nothing of it was stored");
        assertThat(engine.documents()).extracting(DocumentInfo::name).containsExactly("b.pdf");
    }

    @Test
    void escapeCancelsEveryFileStillPending() throws Exception {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        DocumentsViewModel model = model(tasks);
        tasks.runAll();
        model.ingest(List.of(claimForm("a.pdf", "A"), claimForm("b.pdf", "B"), claimForm("c.pdf", "C")));
        FileRow first = model.files().get(0);
        first.stateProperty().addListener((o, was, now) -> {
            if (now == State.EMBEDDING) {
                activities.cancel(); // what Esc does
            }
        });
        tasks.runAll();

        assertThat(states(model)).containsOnly(State.CANCELLED);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(activities.busyProperty().get()).isFalse();
        assertThat(engine.documents()).isEmpty();
    }

    @Test
    void filesAddedBeforeTheDataFolderOpensWaitForIt() throws Exception {
        DocumentsViewModel model = new DocumentsViewModel(new ImmediateTaskRunner(), activities);
        model.ingest(List.of(claimForm("early.pdf", "E")));
        assertThat(states(model)).containsExactly(State.QUEUED);
        assertThat(model.files().get(0).detailProperty().get()).isEqualTo("Waiting for the data folder to open");

        model.attach(engine);
        assertThat(states(model)).containsExactly(State.INDEXED);
        assertThat(model.documents()).extracting(DocumentInfo::name).containsExactly("early.pdf");
    }

    @Test
    void removeTakesDocumentsOutOfTheIndex() throws Exception {
        DocumentsViewModel model = model(new ImmediateTaskRunner());
        model.ingest(List.of(claimForm("keep.pdf", "K"), claimForm("drop.pdf", "D")));
        DocumentInfo drop = model.documents().stream().filter(d -> d.name().equals("drop.pdf")).findFirst().orElseThrow();

        model.remove(List.of(drop));

        assertThat(model.documents()).extracting(DocumentInfo::name).containsExactly("keep.pdf");
        assertThat(engine.documents()).extracting(DocumentInfo::name).containsExactly("keep.pdf");
        assertThat(model.statusProperty().get()).isEqualTo("Removed 1 document from the index.");
        assertThat(model.maintainingProperty().get()).isFalse();
    }

    @Test
    void reindexReEmbedsEveryDocumentAndKeepsThemAll() throws Exception {
        DocumentsViewModel model = model(new ImmediateTaskRunner());
        model.ingest(List.of(SamplePdfs.policy(tmp.resolve("policy.pdf")), claimForm("form.pdf", "F")));
        long chunks = engine.stats().chunks();

        model.reindex();

        assertThat(model.statusProperty().get()).isEqualTo("Re-indexed 2 documents.");
        assertThat(model.documents()).hasSize(2);
        assertThat(engine.stats().chunks()).isEqualTo(chunks);
        assertThat(activities.busyProperty().get()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "none                   # ''         # ''",
        "one page               # 3          # OCR confidence low on page 3",
        "two pages              # 3 7        # OCR confidence low on pages 3, 7",
        "ten pages, all named   # 1-10       # OCR confidence low on pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10",
        "twelve pages, two more # 1-12       # OCR confidence low on pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more"})
    void aDocumentWithLowConfidenceOcrPagesNamesThem(String label, String pages, String note) {
        DocumentInfo document = new DocumentInfo(1, "ab".repeat(32), "scan.pdf", "application/pdf", 1000, 12, 5,
                Instant.now(), null, pageNumbers(pages));

        assertThat(DocumentsViewModel.lowConfidenceNote(document)).isEqualTo(note);
    }

    /** "3 7" or a range "1-12"; empty for none. */
    private static List<Integer> pageNumbers(String pages) {
        if (pages.isBlank()) {
            return List.of();
        }
        if (pages.contains("-")) {
            String[] range = pages.split("-");
            return IntStream.rangeClosed(Integer.parseInt(range[0]), Integer.parseInt(range[1])).boxed().toList();
        }
        return Arrays.stream(pages.split(" ")).map(Integer::valueOf).toList();
    }
}
