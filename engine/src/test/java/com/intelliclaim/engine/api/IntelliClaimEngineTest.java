package com.intelliclaim.engine.api;

import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import com.intelliclaim.engine.store.DataFolder;
import com.intelliclaim.engine.store.H2DocumentStore;
import com.intelliclaim.engine.store.H2SharedRecords;
import com.intelliclaim.engine.store.SharedDocument;
import com.intelliclaim.engine.testing.SamplePolicy;
import com.intelliclaim.engine.testing.TestPdfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine end to end: real PDFs, the real model, H2, Lucene and the vector index in a temporary data folder. */
class IntelliClaimEngineTest {
    @TempDir
    Path tmp;

    private IntelliClaimEngine open() {
        return IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")).withMaxFileBytes(200_000));
    }

    @Test
    void aMixedFolderIndexesTheGoodFilesAndNamesEachBadOne() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.write(docs.resolve("policy.pdf"), SamplePolicy.pdf());
        Files.writeString(docs.resolve("notes.txt"), "Claim note: the insured was admitted on 3 March for cataract surgery.");
        Files.write(docs.resolve("encrypted.pdf"), TestPdfs.builder().userPassword("secret").page("Secret wording").build());
        Files.write(docs.resolve("truncated.pdf"), TestPdfs.truncated(SamplePolicy.pdf()));
        Files.write(docs.resolve("empty.pdf"), new byte[0]);
        Files.write(docs.resolve("photo.pdf"), TestPdfs.pngBytes());
        Files.write(docs.resolve("scan.pdf"), TestPdfs.builder().imagePage().build());
        Files.write(docs.resolve("huge.pdf"), new byte[300_000]);
        Files.write(docs.resolve(".DS_Store"), new byte[] {1, 2, 3});

        try (IntelliClaimEngine engine = open()) {
            IngestReport report = engine.ingest(List.of(docs, tmp.resolve("vanished.pdf")), IngestListener.NONE);
            Map<String, FileOutcome> byName = report.outcomes().stream()
                    .collect(Collectors.toMap(o -> o.file().getFileName().toString(), Function.identity()));
            assertThat(byName).doesNotContainKey(".DS_Store");
            assertThat(byName.get("policy.pdf").status()).isEqualTo(FileOutcome.Status.INDEXED);
            assertThat(byName.get("notes.txt").status()).isEqualTo(FileOutcome.Status.INDEXED);
            assertThat(byName.get("encrypted.pdf").message()).containsIgnoringCase("password");
            assertThat(byName.get("truncated.pdf").message()).containsIgnoringCase("truncated");
            assertThat(byName.get("empty.pdf").message()).contains("empty");
            assertThat(byName.get("photo.pdf").message()).contains("OCR");
            assertThat(byName.get("scan.pdf").message()).contains("OCR");
            assertThat(byName.get("huge.pdf").message()).contains("limit");
            assertThat(byName.get("vanished.pdf").message()).contains("does not exist");
            assertThat(report.allSucceeded()).isFalse();
            assertThat(report.count(FileOutcome.Status.FAILED)).isEqualTo(7);
            assertThat(engine.documents()).extracting(DocumentInfo::name).containsExactlyInAnyOrder("policy.pdf", "notes.txt");
        }
    }

    @Test
    void searchFindsTheClauseWithItsPageAndSurvivesReopening() throws Exception {
        Path policy = Files.write(tmp.resolve("policy.pdf"), SamplePolicy.pdf());
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(policy), IngestListener.NONE);
            assertTopHit(engine, "What is the waiting period for cataract surgery?", 2, "4.2");
        }
        try (IntelliClaimEngine engine = open()) {
            assertTopHit(engine, "How does the policy define a hospital?", 1, "2.1");
            assertTopHit(engine, "organ donor harvesting", 3, "5.3");
        }
    }

    @Test
    void anEngineOpenedWhileItsModelLoadsIngestsAndSearchesLikeAnyOther() throws Exception {
        Path policy = Files.write(tmp.resolve("policy.pdf"), SamplePolicy.pdf());
        EngineConfig config = EngineConfig.at(tmp.resolve("data"));
        try (IntelliClaimEngine engine = IntelliClaimEngine.openLoadingModel(config)) {
            // closed at once: the close waits for the model still loading and frees it
        }
        try (IntelliClaimEngine engine = IntelliClaimEngine.openLoadingModel(config)) {
            assertThat(engine.ingest(List.of(policy), IngestListener.NONE).outcomes().get(0).status())
                    .isEqualTo(FileOutcome.Status.INDEXED);
            assertTopHit(engine, "What is the waiting period for cataract surgery?", 2, "4.2");
        }
        try (IntelliClaimEngine held = IntelliClaimEngine.open(config)) {
            assertThatThrownBy(() -> IntelliClaimEngine.openLoadingModel(config))
                    .isInstanceOf(DataFolderException.class);
        }
    }

    private static void assertTopHit(IntelliClaimEngine engine, String question, int page, String clause) {
        List<SearchHit> hits = engine.search(SearchRequest.of(question, 3));
        assertThat(hits).isNotEmpty();
        SearchHit top = hits.get(0);
        assertThat(top.documentName()).isEqualTo("policy.pdf");
        assertThat(top.page()).isEqualTo(page);
        assertThat(top.clause()).isEqualTo(clause);
        assertThat(top.text()).doesNotContain("Page 1 of 3");
    }

    @Test
    void identityIsTheContentNotTheName() throws Exception {
        Path policy = Files.write(tmp.resolve("policy.pdf"), SamplePolicy.pdf());
        Path copy = Files.copy(policy, tmp.resolve("copy-of-policy.pdf"));
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(policy), IngestListener.NONE);
            FileOutcome again = engine.ingest(List.of(copy), IngestListener.NONE).outcomes().get(0);
            assertThat(again.status()).isEqualTo(FileOutcome.Status.ALREADY_INDEXED);
            assertThat(again.message()).contains("policy.pdf");

            Path revisedDir = Files.createDirectories(tmp.resolve("revised"));
            Path revised = Files.write(revisedDir.resolve("policy.pdf"), SamplePolicy.revisedPdf());
            assertThat(engine.ingest(List.of(revised), IngestListener.NONE).outcomes().get(0).status())
                    .isEqualTo(FileOutcome.Status.INDEXED);
            assertThat(engine.documents()).extracting(DocumentInfo::name).containsExactly("policy.pdf", "policy.pdf");
            List<SearchHit> latest = engine.search(new SearchRequest("cataract waiting period", 5, "policy.pdf"));
            assertThat(latest).allSatisfy(h -> assertThat(h.text()).doesNotContain("24 months"));
            String oldSha = engine.documents().get(1).sha256();
            assertThat(engine.search(new SearchRequest("cataract waiting period", 5, oldSha.substring(0, 10))))
                    .isNotEmpty().allSatisfy(h -> assertThat(h.documentSha256()).isEqualTo(oldSha));
        }
    }

    @Test
    void removingADocumentRemovesItFromSearch() throws Exception {
        Path policy = Files.write(tmp.resolve("policy.pdf"), SamplePolicy.pdf());
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "The claimant asked about ambulance charges.");
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(policy, notes), IngestListener.NONE);
            long policyId = engine.documents().stream().filter(d -> d.name().equals("policy.pdf")).findFirst().orElseThrow().id();
            assertThat(engine.remove(policyId)).isTrue();
            assertThat(engine.search(SearchRequest.of("ambulance charges", 5)))
                    .extracting(SearchHit::documentName).containsOnly("notes.txt");
        }
        try (IntelliClaimEngine engine = open()) {
            assertThat(engine.search(SearchRequest.of("ambulance charges", 5)))
                    .extracting(SearchHit::documentName).containsOnly("notes.txt");
        }
    }

    @Test
    void aDamagedKeywordIndexIsRebuiltFromTheStore() throws Exception {
        Path policy = Files.write(tmp.resolve("policy.pdf"), SamplePolicy.pdf());
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(policy), IngestListener.NONE);
        }
        Path index = tmp.resolve("data/index/keyword");
        try (var files = Files.list(index)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("segments")) {
                    Files.write(f, "garbage".getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        try (IntelliClaimEngine engine = open()) {
            assertTopHit(engine, "What is the waiting period for cataract surgery?", 2, "4.2");
        }
    }

    @Test
    void aPassageTheDocumentRepeatsGetsTheSameVectorEachTime() throws Exception {
        String note = "4.2 Amounts\nAll amounts are in Indian rupees and include applicable taxes unless stated"
                + " otherwise.";
        Path file = Files.write(tmp.resolve("repeats.pdf"), TestPdfs.ofPages(note,
                "4.3 Cataract\nCataract surgery is covered after a waiting period of 24 months.", note));
        String sha;
        try (IntelliClaimEngine engine = open()) {
            sha = engine.ingest(List.of(file), IngestListener.NONE).outcomes().get(0).sha256();
        }
        try (DataFolder folder = DataFolder.open(tmp.resolve("data"));
             H2DocumentStore store = H2DocumentStore.open(folder)) {
            SharedDocument stored = H2SharedRecords.sharing(store).document(sha).orElseThrow();
            assertThat(stored.modelId()).isEqualTo("all-minilm-l6-v2-q/96t");
            List<Integer> copies = new java.util.ArrayList<>();
            for (int i = 0; i < stored.chunks().size(); i++) {
                if (stored.chunks().get(i).text().contains("Indian rupees")) {
                    copies.add(i);
                }
            }
            assertThat(copies).hasSize(2);
            float[] first = stored.vectors().get(copies.get(0));
            float[] second = stored.vectors().get(copies.get(1));
            assertThat(second).isNotSameAs(first).containsExactly(first);
            assertThat(stored.chunks().get(copies.get(0)).text()).isEqualTo(stored.chunks().get(copies.get(1)).text());
        }
    }

    @Test
    void anIndexEmbeddedWithAnotherTokenCutIsRefusedUntilReindexed() throws Exception {
        Path policy = Files.write(tmp.resolve("policy.pdf"), SamplePolicy.pdf());
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(policy), IngestListener.NONE);
        }
        // What an earlier version, which embedded up to 256 tokens of each passage, recorded with its index.
        EmbeddingModelInfo earlier = new EmbeddingModelInfo("all-minilm-l6-v2-q", 384, 256);
        try (DataFolder folder = DataFolder.open(tmp.resolve("data"));
             H2DocumentStore store = H2DocumentStore.open(folder)) {
            store.setIndexedModel(earlier);
        }
        assertThatThrownBy(this::open).isInstanceOf(ModelMismatchException.class)
                .hasMessageContaining("up to 256 tokens").hasMessageContaining("reads 96")
                .hasMessageContaining("'reindex'");
        try (IntelliClaimEngine engine = IntelliClaimEngine.openForReindex(EngineConfig.at(tmp.resolve("data")))) {
            engine.reindex(ProgressListener.NONE);
        }
        try (IntelliClaimEngine engine = open()) {
            assertThat(engine.model().maxTokens()).isEqualTo(96);
            assertTopHit(engine, "What is the waiting period for cataract surgery?", 2, "4.2");
        }
    }

    @Test
    void anIndexBuiltWithAnotherModelIsRefusedUntilReindexed() throws Exception {
        Path policy = Files.write(tmp.resolve("policy.pdf"), SamplePolicy.pdf());
        try (IntelliClaimEngine engine = open()) {
            engine.ingest(List.of(policy), IngestListener.NONE);
        }
        EngineConfig full = EngineConfig.at(tmp.resolve("data")).withEmbeddingModel("all-minilm-l6-v2");
        assertThatThrownBy(() -> IntelliClaimEngine.open(full)).isInstanceOf(ModelMismatchException.class)
                .hasMessageContaining("all-minilm-l6-v2-q").hasMessageContaining("reindex");
        try (IntelliClaimEngine engine = IntelliClaimEngine.openForReindex(full)) {
            engine.reindex(ProgressListener.NONE);
        }
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(full)) {
            assertThat(engine.model().id()).isEqualTo("all-minilm-l6-v2");
            assertTopHit(engine, "What is the waiting period for cataract surgery?", 2, "4.2");
        }
    }

    @Test
    void anInterruptedIngestStoresNothingOfTheCurrentFile() throws Exception {
        Path policy = Files.write(tmp.resolve("policy.pdf"), SamplePolicy.pdf());
        try (IntelliClaimEngine engine = open()) {
            IngestListener interruptWhileEmbedding = new IngestListener() {
                @Override
                public void stage(Path file, Stage stage, long done, long total) {
                    if (stage == Stage.EMBEDDING) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public void finished(FileOutcome outcome) {
                }
            };
            IngestReport report = engine.ingest(List.of(policy), interruptWhileEmbedding);
            assertThat(Thread.interrupted()).isTrue();
            assertThat(report.outcomes().get(0).status()).isEqualTo(FileOutcome.Status.CANCELLED);
            assertThat(engine.documents()).isEmpty();
            assertThat(engine.ingest(List.of(policy), IngestListener.NONE).outcomes().get(0).status())
                    .isEqualTo(FileOutcome.Status.INDEXED);
        }
    }
}
