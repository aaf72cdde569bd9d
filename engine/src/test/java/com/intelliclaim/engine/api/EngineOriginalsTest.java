package com.intelliclaim.engine.api;

import com.intelliclaim.engine.ingest.SourceFiles;
import com.intelliclaim.engine.testing.TestPdfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine keeps each ingested document's original bytes, draws its pages, and never keeps them longer than it. */
class EngineOriginalsTest {
    @TempDir
    Path tmp;

    private IntelliClaimEngine open() {
        return IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")));
    }

    private Path policy() throws Exception {
        return Files.write(tmp.resolve("policy.pdf"), TestPdfs.ofPages(
                "1. Definitions\nHospital means an institution with at least ten in-patient beds.",
                "4. Waiting periods\n4.2 Cataract surgery is covered after a waiting period of two years."));
    }

    private static DocumentInfo only(IntelliClaimEngine engine) {
        return engine.documents().get(0);
    }

    @Test
    void anIngestedPdfIsKeptByItsHashAndItsCitedPageIsDrawnWithTheSpanBoxed() throws Exception {
        Path pdf = policy();
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(pdf), IngestListener.NONE);
            DocumentInfo doc = only(engine);

            Path kept = engine.sourceFile(doc.sha256()).orElseThrow();
            assertThat(kept).startsWith(engine.dataDir().resolve("files").resolve(doc.sha256().substring(0, 2)));
            assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(pdf));

            RenderedPage page = engine.renderPage(new PageRequest(doc.sha256(), 2, 1.0,
                    "Cataract surgery is covered after a waiting period of two years.")).orElseThrow();
            assertThat(page.pageCount()).isEqualTo(2);
            assertThat(page.citedFound()).isTrue();
            assertThat(page.cited()).hasSize(1);
        }
    }

    @Test
    void aTextDocumentIsKeptButHasNoDrawnPages() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "Claim note: admitted on 3 March for cataract surgery.");
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(notes), IngestListener.NONE);
            DocumentInfo doc = only(engine);

            assertThat(engine.sourceFile(doc.sha256())).isPresent();
            assertThat(engine.renderPage(new PageRequest(doc.sha256(), 1, 1.0, null))).isEmpty();
        }
    }

    @Test
    void removingADocumentDeletesItsOriginal() throws Exception {
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(policy()), IngestListener.NONE);
            DocumentInfo doc = only(engine);
            Path kept = engine.sourceFile(doc.sha256()).orElseThrow();

            assertThat(engine.remove(doc.id())).isTrue();

            assertThat(kept).doesNotExist();
            assertThat(engine.sourceFile(doc.sha256())).isEmpty();
            assertThat(engine.renderPage(new PageRequest(doc.sha256(), 1, 1.0, null))).isEmpty();
        }
    }

    @Test
    void reindexingKeepsTheOriginals() throws Exception {
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(policy()), IngestListener.NONE);
        }
        try (IntelliClaimEngine engine = IntelliClaimEngine.openForReindex(EngineConfig.at(tmp.resolve("data"))
                .withEmbeddingModel("all-minilm-l6-v2"))) {
            engine.reindex(ProgressListener.NONE);
            assertThat(engine.sourceFile(only(engine).sha256())).isPresent();
        }
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data"))
                .withEmbeddingModel("all-minilm-l6-v2"))) {
            DocumentInfo doc = only(engine);
            assertThat(engine.renderPage(new PageRequest(doc.sha256(), 2, 1.0, null))).isPresent();
        }
    }

    @Test
    void whatACrashLeavesInTheFilesFolderIsSweptAtOpenAndKeptFilesStay() throws Exception {
        byte[] orphan = "a file whose document never committed".getBytes(StandardCharsets.UTF_8);
        String orphanSha = SourceFiles.sha256(orphan);
        Path files = tmp.resolve("data").resolve("files");
        String keptSha;
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(policy()), IngestListener.NONE);
            keptSha = only(engine).sha256();
        }
        Files.createDirectories(files.resolve(orphanSha.substring(0, 2)));
        Files.write(files.resolve(orphanSha.substring(0, 2)).resolve(orphanSha), orphan);
        Files.write(files.resolve(".incoming-4711.tmp"), new byte[] {37, 80, 68, 70});

        try (IntelliClaimEngine engine = open()) {
            assertThat(engine.sourceFile(keptSha)).isPresent();
            assertThat(engine.sourceFile(orphanSha)).isEmpty();
            try (Stream<Path> left = Files.walk(files)) {
                assertThat(left.filter(Files::isRegularFile)).containsExactly(engine.sourceFile(keptSha).orElseThrow());
            }
        }
    }

    @Test
    void aDocumentWhoseOriginalIsMissingShowsNoDrawnPageUntilTheSameFileIsAddedAgain() throws Exception {
        String sha;
        Path pdf = policy();
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(pdf), IngestListener.NONE);
            sha = only(engine).sha256();
            Files.delete(engine.sourceFile(sha).orElseThrow());
        }
        try (IntelliClaimEngine engine = open()) {
            assertThat(engine.documents()).hasSize(1);
            assertThat(engine.sourceFile(sha)).isEmpty();
            assertThat(engine.renderPage(new PageRequest(sha, 1, 1.0, null))).isEmpty();

            IngestReport again = engine.ingest(List.of(pdf), IngestListener.NONE);

            assertThat(again.count(FileOutcome.Status.ALREADY_INDEXED)).isEqualTo(1);
            assertThat(engine.documents()).hasSize(1);
            assertThat(engine.renderPage(new PageRequest(sha, 1, 1.0, null))).isPresent();
        }
    }
}
