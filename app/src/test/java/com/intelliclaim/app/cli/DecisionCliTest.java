package com.intelliclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * ask, the decision history, overrides, notes, eval-scenarios and bench ask end to end, on the sample policy (.txt)
 * with the real model and store. What is decided is the adjudicators' business: these check what is printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionCliTest {
    private static final String QUESTION = "60-year-old woman, cataract surgery, Delhi, 5-year-old policy";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    Path data;
    Path scenarios;
    Path policy;

    static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private CliRun inData(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--data");
        all.add(2, data.toString());
        return cli(all.toArray(String[]::new));
    }

    @BeforeAll
    void ingestTheSamplePolicy() throws IOException {
        data = tmp.resolve("data");
        Path folder = Files.createDirectories(tmp.resolve("evaldata"));
        policy = copy("sample-policy.txt", folder);
        scenarios = copy("scenarios-dev.json", folder);
        CliRun run = inData("ingest", policy.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
    }

    private static Path copy(String resource, Path folder) throws IOException {
        try (InputStream in = DecisionCliTest.class.getResourceAsStream("/scenarios/" + resource)) {
            Path target = folder.resolve(resource);
            Files.copy(in, target);
            return target;
        }
    }

    private JsonNode askJson(String question) throws IOException {
        CliRun run = inData("ask", "--json", question);
        assertThat(run.code()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void askJsonPrintsTheWholeDecisionRecord() throws Exception {
        JsonNode record = askJson(QUESTION);

        for (String field : new String[] {"id", "query", "decision", "amount", "amountUpTo", "currency",
                "justification", "confidence", "citations", "facts", "conditions", "decidedBy", "versions",
                "documentHashes", "auditTrail", "createdAt", "analyst", "override", "supersedes", "notes"}) {
            assertThat(record.has(field)).as(field).isTrue();
        }
        assertThat(record.get("query").asText()).isEqualTo(QUESTION);
        assertThat(record.get("decision").asText()).isIn("APPROVED", "REJECTED", "NEEDS_REVIEW");
        assertThat(Instant.parse(record.get("createdAt").asText())).isBefore(Instant.now());
        assertThat(record.get("facts").has("policyAgeMonths")).isTrue();
        assertThat(record.get("versions").get("embeddingModel").asText()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(record.get("documentHashes")).hasSize(1);
        for (JsonNode citation : record.get("citations")) {
            assertThat(citation.get("documentName").asText()).isEqualTo("sample-policy.txt");
            assertThat(citation.get("chunkId").asText()).isNotBlank();
            assertThat(citation.get("documentSha256").asText()).isEqualTo(record.get("documentHashes").get(0).asText());
        }
        List<String> steps = new ArrayList<>();
        record.get("auditTrail").forEach(step -> steps.add(step.get("step").asText()));
        assertThat(steps).startsWith("facts", "retrieve").endsWith("store");
    }

    @Test
    void askPrintsTheDecisionForPeople() {
        CliRun run = inData("ask", "-k", "4", QUESTION);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Decision: +(APPROVED|REJECTED|NEEDS_REVIEW)")
                .containsPattern("Amount: +(none|(up to )?₹[0-9,]+)")
                .containsPattern("Confidence: +[01]\\.\\d\\d")
                .containsPattern("Decided by: +rules")
                .contains("Justification: ", "Audit trail:", "Decision ")
                .containsPattern("facts +\\d+ ms  read from the question: ")
                .containsPattern("retrieve +\\d+ ms  [4-8] passages from 1 document")
                .containsPattern("store +\\d+ ms  saved as decision ");
        assertThat(run.out()).satisfiesAnyOf(
                out -> assertThat(out).containsPattern("sample-policy\\.txt p\\. 1 clause \\d\\.\\d"),
                out -> assertThat(out).contains("Citations:     none"));
    }

    @Test
    void theHistoryListsAndShowsDecisions() throws Exception {
        String id = askJson(QUESTION).get("id").asText();

        CliRun list = inData("decisions", "--limit", "50");
        assertThat(list.code()).isZero();
        assertThat(list.out()).startsWith("ID ").contains(id);
        JsonNode newest = JSON.readTree(inData("decisions", "--json", "--limit", "1").out());
        assertThat(newest).hasSize(1);
        assertThat(newest.get(0).get("id").asText()).isEqualTo(id);

        CliRun shown = inData("decision", id);
        assertThat(shown.code()).isZero();
        assertThat(shown.out()).contains("Decision " + id).contains("Justification: ");
        assertThat(JSON.readTree(inData("decision", "--json", id).out()).get("id").asText()).isEqualTo(id);
    }

    @Test
    void anUnknownDecisionIsNamed() {
        CliRun run = inData("decision", "no-such-decision");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("No decision has the id 'no-such-decision'");
    }

    @Test
    void anOverrideIsANewRecordAndTheOldOneCannotBeOverriddenTwice() throws Exception {
        JsonNode old = askJson(QUESTION);
        String id = old.get("id").asText();
        String other = old.get("decision").asText().equals("REJECTED") ? "approved" : "rejected";

        CliRun override = inData("override", id, "--decision", other, "--reason", "Prior cover ported", "--by", "ravi",
                "--json");
        assertThat(override.code()).as(override.err()).isZero();
        JsonNode record = JSON.readTree(override.out());
        assertThat(record.get("supersedes").asText()).isEqualTo(id);
        assertThat(record.get("decision").asText()).isEqualToIgnoringCase(other);
        assertThat(record.get("override").get("reason").asText()).isEqualTo("Prior cover ported");
        assertThat(record.get("override").get("by").asText()).isEqualTo("ravi");
        assertThat(inData("decisions", "--limit", "100").out())
                .contains("[overrides " + id + "]").contains("[overridden by " + record.get("id").asText() + "]");

        CliRun again = inData("override", id, "--decision", other, "--reason", "again");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already overridden by decision " + record.get("id").asText());
        CliRun noReason = inData("override", record.get("id").asText(), "--decision", "NEEDS_REVIEW", "--reason", " ");
        assertThat(noReason.code()).isEqualTo(1);
        assertThat(noReason.err()).contains("the reason is empty");
    }

    @Test
    void notesAreShownWithTheDecision() throws Exception {
        String id = askJson(QUESTION).get("id").asText();

        CliRun note = inData("note", "--by", "asha", id, "Hospital", "confirmed", "the", "admission.");
        assertThat(note.code()).as(note.err()).isZero();
        assertThat(note.out()).isEqualTo("Noted on decision " + id + " (1 note)." + System.lineSeparator());

        assertThat(inData("decision", id).out()).contains("Notes:").contains("asha: Hospital confirmed the admission.");
    }

    @Test
    void badAskOptionsAreUsageErrors() {
        CliRun k = inData("ask", "-k", "0", QUESTION);
        assertThat(k.code()).isEqualTo(2);
        assertThat(k.err()).contains("-k must be between 1 and 50, not 0");
        CliRun llm = inData("ask", "--llm", "gemini", QUESTION);
        assertThat(llm.code()).isEqualTo(2);
        assertThat(llm.err()).contains("gemini");
        CliRun empty = inData("ask", " ");
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("The claim question is empty");
        CliRun limit = inData("decisions", "--limit", "0");
        assertThat(limit.code()).isEqualTo(2);
    }

    @Test
    void evalScenariosReportsEveryScenarioAndTheTotals() {
        CliRun run = inData("eval-scenarios", scenarios.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Scenarios: 4 in " + scenarios + "; adjudicator: rules")
                .containsPattern("ID +DECISION +EXPECTED +OK +FACTS +CLAUSE +AMOUNT")
                .containsPattern("dev-s1 +(APPROVED|REJECTED|NEEDS_REVIEW) +REJECTED\\|NEEDS_REVIEW +(yes|no) +[0-5]/5 +(cited|not cited) +-")
                .containsPattern("dev-s2 +\\S+ +APPROVED +(yes|no) +[0-5]/5 +(cited|not cited) +(ok|wrong)")
                .containsPattern("dev-s3 +\\S+ +APPROVED ")
                .containsPattern("dev-s4 +\\S+ +APPROVED ")
                .containsPattern("Decision accuracy: +[0-4]/4 \\(\\d+\\.\\d%\\)")
                .containsPattern("Fact accuracy: +\\d+/20 \\(")
                .containsPattern("Deciding clause cited: +[0-4]/4 \\(")
                .containsPattern("Amount right: +[0-3]/3 \\(")
                .doesNotContain("not asked");
    }

    @Test
    void evalScenariosNamesDocumentsFromABaseFolderAndReportsMissingOnes() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path moved = Files.copy(scenarios, elsewhere.resolve("scenarios.json"));

        CliRun missing = inData("eval-scenarios", moved.toString());
        assertThat(missing.code()).isZero();
        assertThat(missing.out()).contains("dev-s1: not asked: " + elsewhere.resolve("sample-policy.txt"))
                .containsPattern("Decision accuracy: +0/4");

        CliRun based = inData("eval-scenarios", "--base", policy.getParent().toString(), moved.toString());
        assertThat(based.code()).isZero();
        assertThat(based.out()).doesNotContain("not asked").containsPattern("Fact accuracy: +\\d+/20");
    }

    @Test
    void anUnreadableScenariosFileIsAnError() throws Exception {
        CliRun missing = inData("eval-scenarios", tmp.resolve("nosuch.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nosuch.json does not exist");
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"id\": ");
        CliRun bad = inData("eval-scenarios", broken.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("broken.json cannot be read");
        Path incomplete = Files.writeString(tmp.resolve("incomplete.json"), "[{\"id\": \"x\", \"document\": \"p.txt\"}]");
        CliRun partial = inData("eval-scenarios", incomplete.toString());
        assertThat(partial.code()).isEqualTo(1);
        assertThat(partial.err()).contains("incomplete scenario (number 1)");
    }

    @Test
    void benchAskTimesAsksOnFilesInAFreshFolder() {
        CliRun run = cli("bench", "ask", "--asks", "5", "--warmup", "2", policy.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("ask, rules adjudicator, over 1 documents")
                .containsPattern("p50 [0-9.]+ ms +p95 [0-9.]+ ms +max [0-9.]+ ms")
                .containsPattern("mean split: facts [0-9.]+ ms, retrieve [0-9.]+ ms, adjudicate [0-9.]+ ms, store [0-9.]+ ms");
        assertThat(cli("bench", "ask").code()).isEqualTo(2);
    }

    @Test
    void theCliJsonWritesInstantsAsIsoText() throws Exception {
        CliRun run = inData("docs", "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out()).get(0);
        assertThat(doc.get("name").asText()).isEqualTo("sample-policy.txt");
        assertThat(Instant.parse(doc.get("ingestedAt").asText())).isBefore(Instant.now());
    }
}
