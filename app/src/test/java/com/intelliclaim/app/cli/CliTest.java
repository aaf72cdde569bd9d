package com.intelliclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.intelliclaim.app.SamplePdfs;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI end to end on generated PDFs with the real bundled model, store and indexes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {
    @TempDir
    static Path tmp;
    Path data;
    Path docs;
    Path policy;

    static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    void ingestAFolderWithGoodAndBadFiles() throws Exception {
        data = tmp.resolve("data");
        docs = Files.createDirectories(tmp.resolve("docs"));
        policy = SamplePdfs.policy(docs.resolve("policy.pdf"));
        Files.write(docs.resolve("photo.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.write(docs.resolve("empty.pdf"), new byte[0]);
        CliRun run = cli("ingest", "--data", data.toString(), docs.toString());
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("indexed  " + policy).contains("FAILED").contains("photo.pdf")
                .contains("empty.pdf").contains("1 indexed, 0 already indexed, 2 failed");
    }

    @Test
    void theSameBytesAreNotIndexedTwice() throws Exception {
        Path copy = Files.copy(policy, tmp.resolve("renamed-copy.pdf"));
        CliRun run = cli("ingest", "--data", data.toString(), copy.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Already indexed as policy.pdf").contains("0 indexed, 1 already indexed, 0 failed");
    }

    @Test
    void searchPrintsJsonHitsWithProvenance() throws Exception {
        CliRun run = cli("search", "--data", data.toString(), "--json", "-k", "3", "waiting period for cataract surgery");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode hits = new ObjectMapper().readTree(run.out());
        assertThat(hits).hasSizeBetween(1, 3);
        JsonNode top = hits.get(0);
        for (String field : new String[] {"chunkId", "documentName", "documentSha256", "page", "pageEnd", "clause",
                "heading", "text", "score"}) {
            assertThat(top.has(field)).as(field).isTrue();
        }
        assertThat(top.get("documentName").asText()).isEqualTo("policy.pdf");
        assertThat(top.get("page").asInt()).isEqualTo(2);
        assertThat(top.get("text").asText()).containsIgnoringCase("cataract");
    }

    @Test
    void searchCanBeLimitedToADocumentByNameOrHash() {
        assertThat(cli("search", "--data", data.toString(), "--document", "policy.pdf", "ambulance").out())
                .contains("policy.pdf, p. 3");
        CliRun unknown = cli("search", "--data", data.toString(), "--document", "nosuch.pdf", "ambulance");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("No indexed document is named 'nosuch.pdf'");
    }

    @Test
    void badQueriesGetClearMessages() {
        CliRun empty = cli("search", "--data", data.toString(), " ");
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("The question is empty");
        CliRun huge = cli("search", "--data", data.toString(), "x".repeat(100_000));
        assertThat(huge.code()).isEqualTo(1);
        assertThat(huge.err()).contains("100000 characters long");
    }

    @Test
    void docsListsTheIndexedDocument() {
        CliRun run = cli("docs", "--data", data.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("policy.pdf").doesNotContain("photo.pdf");
    }

    @Test
    void evalScoresAQuestionSet() throws Exception {
        Path questions = docs.resolve("questions.json");
        Files.writeString(questions, """
                [{"id":"q1","set":"sample","document":"policy.pdf","question":"How is a hospital defined?","pages":[1]},
                 {"id":"q2","set":"sample","document":"policy.pdf","question":"Are organ donor expenses covered?","pages":[3]}]
                """);
        CliRun run = cli("eval", "--data", data.toString(), questions.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("sample\\s+scoped\\s+2\\s+\\S+\\s+1\\.000");
    }

    @Test
    void aFolderInUseIsSaidPlainly() {
        Path other = tmp.resolve("other");
        try (IntelliClaimEngine held = IntelliClaimEngine.open(EngineConfig.at(other))) {
            CliRun run = cli("docs", "--data", other.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("in use");
        }
    }

    @Test
    void aDataFolderThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        CliRun run = cli("docs", "--data", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("not-a-folder");
    }

    @Test
    void versionIsPrinted() {
        assertThat(cli("--version").out()).startsWith("IntelliClaim ");
    }
}
