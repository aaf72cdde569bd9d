package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.AskRequest;
import com.intelliclaim.engine.api.DecisionOverride;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IngestReport;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.api.SearchHit;
import com.intelliclaim.engine.api.SearchRequest;
import com.intelliclaim.engine.testing.SamplePolicy;
import com.intelliclaim.engine.testing.TestSources;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two analysts (two data folders, two engines) share work through one backend: a real S3 API server (s3proxy) and a
 * real PostgreSQL. Analyst A ingests the sample policy, decides a claim, notes and overrides; B syncs and finds A's
 * document by search (its chunks and vectors came from the team database, B never embedded it) and A's decisions.
 */
class TeamSyncTest {
    private static final String QUESTION = "46-year-old male, cataract surgery in Pune, 3-month-old insurance policy";
    @RegisterExtension
    static final TestBackend backend = TestBackend.shared();

    @TempDir
    Path tmp;

    private SyncSettings settings(String analyst) {
        return backend.syncSettings(analyst, 2,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(40), new Random(1)));
    }

    private IntelliClaimEngine open(String folder) {
        return IntelliClaimEngine.open(EngineConfig.at(tmp.resolve(folder)));
    }

    /**
     * Ingests the sample policy; the engine keeps its original bytes; returns its sha256.
     */
    private String ingestPolicy(IntelliClaimEngine engine) throws Exception {
        byte[] pdf = SamplePolicy.pdf();
        Path file = Files.write(tmp.resolve("policy.pdf"), pdf);
        IngestReport report = engine.ingest(List.of(file), IngestListener.NONE);
        assertThat(report.allSucceeded()).as(report.toString()).isTrue();
        String sha = TestSources.sha256(pdf);
        assertThat(engine.sourceFile(sha)).as("the original is kept on ingest").isPresent();
        return sha;
    }

    @Test
    void twoAnalystsSeeEachOthersDocumentsAndDecisions() throws Exception {
        String sha;
        DecisionRecord decided;
        DecisionRecord overridden;
        try (IntelliClaimEngine a = open("a")) {
            sha = ingestPolicy(a);
            decided = a.ask(AskRequest.of(QUESTION));
            a.addNote(decided.id(), "Asked the hospital for the discharge summary.", "asha");
            Outcome other = decided.decision() == Outcome.REJECTED ? Outcome.APPROVED : Outcome.REJECTED;
            overridden = a.override(decided.id(), other, "Waiting period waived by the insurer's letter.", "asha");
            assertThat(a.syncStatus().pending()).isEqualTo(4);

            SyncReport sent = a.sync(settings("asha"));

            assertThat(sent.sentDocuments()).isEqualTo(1);
            assertThat(sent.sentFiles()).isEqualTo(1);
            assertThat(sent.sentDecisions()).isEqualTo(2);
            assertThat(sent.pending()).isZero();
            assertThat(a.syncStatus().pending()).isZero();
            assertThat(a.syncStatus().lastSuccess()).isPresent();
        }
        assertThat(backend.objectExists("documents/sha256/" + sha)).isTrue();
        assertThat(backend.count("SELECT COUNT(*) FROM notes")).isEqualTo(1);
        assertThat(backend.count("SELECT COUNT(*) FROM overrides")).isEqualTo(1);
        assertThat(backend.count("SELECT COUNT(*) FROM chunks WHERE cardinality(embedding) = 384"))
                .isPositive();

        try (IntelliClaimEngine b = open("b")) {
            SyncReport received = b.sync(settings("bala"));

            assertThat(received.receivedDocuments()).isEqualTo(1);
            assertThat(received.receivedDecisions()).isEqualTo(2);
            assertThat(received.sentDocuments()).as("what came from the team is not sent back").isZero();
            List<SearchHit> hits = b.search(SearchRequest.of("cataract surgery waiting period", 5));
            assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.documentSha256()).isEqualTo(sha));
            assertThat(b.documents()).singleElement().satisfies(d -> assertThat(d.sha256()).isEqualTo(sha));
            DecisionRecord seen = b.decision(decided.id()).orElseThrow();
            assertThat(seen.notes()).extracting(n -> n.text())
                    .containsExactly("Asked the hospital for the discharge summary.");
            assertThat(seen.decision()).isEqualTo(decided.decision());
            assertThat(seen.citations()).isEqualTo(decided.citations());
            assertThat(seen.facts()).isEqualTo(decided.facts());
            assertThat(seen.auditTrail()).isEqualTo(decided.auditTrail());
            // PostgreSQL keeps times to the microsecond.
            var override = overridden.override();
            assertThat(b.decision(overridden.id()).orElseThrow().override()).isEqualTo(new DecisionOverride(
                    override.decision(), override.reason(), override.by(), override.at().truncatedTo(ChronoUnit.MICROS)));
            assertThat(b.decision(overridden.id()).orElseThrow().supersedes()).isEqualTo(decided.id());

            b.addNote(decided.id(), "Discharge summary received.", "bala");
            assertThat(b.sync(settings("bala")).sentNotes()).as("every note of the decision, once each").isEqualTo(2);
            assertThat(backend.count("SELECT COUNT(*) FROM notes")).isEqualTo(2);

            Path original = b.originalFile(sha, settings("bala"));
            assertThat(Sha256.of(original)).isEqualTo(sha);
            assertThat(b.sync(settings("bala")).describe()).startsWith("Sent 0 documents (0 files), 0 decisions,"
                    + " 0 notes; received 0 documents, 0 decisions, 0 notes.");
        }
        try (IntelliClaimEngine a = open("a")) {
            SyncReport again = a.sync(settings("asha"));
            assertThat(again.receivedDecisions() + again.receivedDocuments())
                    .as("A's own records come back as known").isZero();
            assertThat(again.receivedNotes()).as("B's note on A's decision").isEqualTo(1);
            assertThat(a.decision(decided.id()).orElseThrow().notes()).extracting(n -> n.by())
                    .containsExactly("asha", "bala");
        }
    }

    @Test
    void aTeammatesRemovalLeavesTheSearchIndexesUnlessACaseHereNeedsTheDocument() throws Exception {
        String sha;
        try (IntelliClaimEngine a = open("a")) {
            sha = ingestPolicy(a);
            a.sync(settings("asha"));
        }
        try (IntelliClaimEngine b = open("b"); IntelliClaimEngine c = open("c")) {
            b.sync(settings("bala"));
            c.sync(settings("chen"));
            var kept = c.createCase(new com.intelliclaim.engine.api.NewCase("CLM-7", "Ravi", "POL-7", "chen"));
            c.attachDocument(kept.id(), sha, "chen");
            try (IntelliClaimEngine a = open("a")) {
                a.remove(a.documents().get(0).id());
                assertThat(a.sync(settings("asha")).removals().sent()).isEqualTo(1);
            }

            assertThat(b.sync(settings("bala")).removals().applied()).isEqualTo(1);
            assertThat(b.documents()).isEmpty();
            assertThat(b.search(SearchRequest.of("cataract surgery waiting period", 5))).isEmpty();
            assertThat(b.sourceFile(sha)).isEmpty();

            assertThat(c.sync(settings("chen")).removals().kept()).isEqualTo(1);
            assertThat(c.search(SearchRequest.of("cataract surgery waiting period", 5))).isNotEmpty();
        }
        assertThat(backend.objectExists("documents/sha256/" + sha)).as("the object stays").isTrue();
    }

    @Test
    void theOutboxSurvivesARestart() throws Exception {
        try (IntelliClaimEngine a = open("a")) {
            ingestPolicy(a);
        }
        try (IntelliClaimEngine a = open("a")) {
            assertThat(a.syncStatus().pending()).isEqualTo(1);
            assertThat(a.sync(settings("asha")).pending()).isZero();
        }
        assertThat(backend.count("SELECT COUNT(*) FROM documents")).isEqualTo(1);
    }

    static Stream<Arguments> brokenSettings() throws Exception {
        int port = TestBackend.closedPort();
        return Stream.of(
                Arguments.of("wrong database password", (UnaryOperator<SyncSettings>) s -> new SyncSettings(s.s3(),
                        new DatabaseSettings(s.database().jdbcUrl(), TestPostgres.USER, "wrong", DatabaseAuth.PASSWORD,
                                null), s.credentials(), s.analyst(), s.attempts(), s.backoff()),
                        "refused the sign-in"),
                Arguments.of("database host unreachable", (UnaryOperator<SyncSettings>) s -> new SyncSettings(s.s3(),
                        new DatabaseSettings("jdbc:postgresql://127.0.0.1:" + port + "/team", TestPostgres.USER, "x",
                                DatabaseAuth.PASSWORD, null), s.credentials(), s.analyst(), s.attempts(), s.backoff()),
                        "could not be reached"),
                Arguments.of("bucket missing", (UnaryOperator<SyncSettings>) s -> new SyncSettings(
                        TestS3Settings.bucket(s.s3(), "no-such-bucket"), s.database(), s.credentials(), s.analyst(),
                        s.attempts(), s.backoff()), "does not exist"),
                Arguments.of("document store unreachable", (UnaryOperator<SyncSettings>) s -> new SyncSettings(
                        S3Settings.of(s.s3().bucket(), URI.create("http://127.0.0.1:" + port), true, TestS3.REGION,
                                null),
                        s.database(), s.credentials(), s.analyst(), s.attempts(), s.backoff()),
                        "could not be reached"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSettings")
    void aBrokenConfigurationIsNamedPlainlyAndNothingIsLost(String what, UnaryOperator<SyncSettings> breaking,
                                                            String message) throws Exception {
        try (IntelliClaimEngine a = open("a")) {
            ingestPolicy(a);
            SyncSettings broken = breaking.apply(settings("asha"));

            assertThatThrownBy(() -> a.sync(broken)).isInstanceOf(SyncException.class).hasMessageContaining(message)
                    .message().doesNotContain("Exception");
            assertThat(a.syncStatus().pending()).isEqualTo(1);
            assertThat(a.syncStatus().lastError()).hasValueSatisfying(e -> assertThat(e).contains(message));

            assertThat(a.sync(settings("asha")).pending()).isZero();
        }
    }

    /** Settings that differ in one field. */
    static final class TestS3Settings {
        static S3Settings bucket(S3Settings s, String bucket) {
            return new S3Settings(bucket, s.endpoint(), s.pathStyle(), s.region(), s.kmsKeyId(),
                    s.multipartThreshold(), s.partSize());
        }
    }
}
