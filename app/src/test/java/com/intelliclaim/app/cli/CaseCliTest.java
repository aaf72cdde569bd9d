package com.intelliclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.intelliclaim.app.SamplePdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The case commands and {@code ask --case} end to end, with the real model and store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "60-year-old woman, cataract surgery in Pune, policy 30 months old";

    @TempDir
    static Path tmp;
    Path data;
    String notesSha;

    private CliRun inData(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int at = args[0].equals("case") ? 2 : 1; // after the subcommand: "case create --data …", "ask --data …"
        all.add(at, "--data");
        all.add(at + 1, data.toString());
        return CliRun.of(all.toArray(String[]::new));
    }

    @BeforeAll
    void ingestAPolicyAndANote() throws Exception {
        data = tmp.resolve("data");
        Path policy = SamplePdfs.policy(tmp.resolve("policy.pdf"));
        Path note = Files.writeString(tmp.resolve("hospital-note.txt"), "Discharge note. Cataract surgery in Pune"
                + " was performed on the left eye; the patient stayed one night in a network hospital.");
        CliRun run = inData("ingest", policy.toString(), note.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        JsonNode docs = JSON.readTree(inData("docs", "--json").out());
        for (JsonNode doc : docs) {
            if (doc.get("name").asText().equals("hospital-note.txt")) {
                notesSha = doc.get("sha256").asText();
            }
        }
        assertThat(notesSha).isNotNull();
    }

    @Test
    void aCaseIsCreatedGivenDocumentsAskedInAndShownWithItsDecision() throws Exception {
        CliRun created = inData("case", "create", "--claim-number", "CLM-100", "--claimant", "Meera Iyer",
                "--policy-number", "POL-55", "--analyst", "asha");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).startsWith("Created case CLM-100 (id ").contains("status OPEN");

        CliRun attached = inData("case", "attach", "CLM-100", "policy.pdf", notesSha.substring(0, 8));
        assertThat(attached.code()).as(attached.err()).isZero();
        assertThat(attached.out()).contains("Attached policy.pdf (").contains("Attached hospital-note.txt (");

        CliRun asked = inData("ask", "--json", "--case", "CLM-100", QUESTION);
        assertThat(asked.code()).as(asked.err()).isZero();
        JsonNode record = JSON.readTree(asked.out());

        CliRun shown = inData("case", "show", "--json", "CLM-100");
        assertThat(shown.code()).as(shown.err()).isZero();
        JsonNode detail = JSON.readTree(shown.out());
        String caseId = detail.get("claimCase").get("id").asText();
        assertThat(record.get("caseId").asText()).isEqualTo(caseId);
        assertThat(detail.get("claimCase").get("claimant").asText()).isEqualTo("Meera Iyer");
        assertThat(detail.get("documents")).hasSize(2);
        assertThat(detail.get("decisions")).hasSize(1);
        assertThat(detail.get("changes")).extracting(c -> c.get("what").asText())
                .containsExactly("Created", "Attached policy.pdf", "Attached hospital-note.txt");
        assertThat(detail.get("decisions").get(0).get("id").asText()).isEqualTo(record.get("id").asText());

        CliRun status = inData("case", "status", caseId, "in review", "--analyst", "ravi");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).isEqualToIgnoringNewLines("Case CLM-100 is now IN_REVIEW (was OPEN).");

        CliRun text = inData("case", "show", "CLM-100");
        assertThat(text.out()).contains("Case CLM-100 (id " + caseId + ")").contains("Claimant:      Meera Iyer")
                .contains("Status:        IN_REVIEW").contains("Version:       4, changed ").contains("by ravi")
                .contains("Documents (2):").contains("policy.pdf").contains("Decisions (1):")
                .contains(record.get("id").asText()).contains("Earlier versions:")
                .contains("v1  ").contains("by asha: CLM-100, Meera Iyer, POL-55, OPEN")
                .contains("History:").contains(": Attached policy.pdf").contains(": Attached hospital-note.txt")
                .containsPattern("v4  \\S+ by ravi: Changed the status to ");

        CliRun list = inData("case", "list");
        assertThat(list.out()).contains("CLAIM NUMBER").containsPattern("CLM-100 +IN_REVIEW +Meera Iyer +POL-55");
    }

    @Test
    void askingInACaseSearchesOnlyItsDocuments() throws Exception {
        assertThat(inData("case", "create", "--claim-number", "CLM-200").code()).isZero();
        assertThat(inData("case", "attach", "CLM-200", "hospital-note.txt").code()).isZero();

        JsonNode record = JSON.readTree(inData("ask", "--json", "--case", "CLM-200", QUESTION).out());

        assertThat(record.get("documentHashes")).hasSize(1);
        assertThat(record.get("documentHashes").get(0).asText()).isEqualTo(notesSha);
        CliRun detached = inData("case", "detach", "CLM-200", "hospital-note.txt");
        assertThat(detached.out()).contains("Detached hospital-note.txt from case CLM-200.");
        CliRun empty = inData("ask", "--case", "CLM-200", QUESTION);
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("Case CLM-200 has no documents yet");
    }

    @Test
    void mistakesAreNamedInPlainWords() {
        assertThat(inData("case", "create", "--claim-number", "CLM-300").code()).isZero();

        CliRun duplicate = inData("case", "create", "--claim-number", "clm-300");
        assertThat(duplicate.code()).isEqualTo(1);
        assertThat(duplicate.err()).contains("Error: A case with the claim number 'CLM-300' exists already");

        CliRun empty = inData("case", "create", "--claim-number", " ");
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("The claim number is empty");

        CliRun unknownDoc = inData("case", "attach", "CLM-300", "bills.pdf", "policy.pdf");
        assertThat(unknownDoc.code()).isEqualTo(1);
        assertThat(unknownDoc.err()).contains("No indexed document is named 'bills.pdf'");
        assertThat(unknownDoc.out()).contains("Attached policy.pdf");

        CliRun badStatus = inData("case", "status", "CLM-300", "pending");
        assertThat(badStatus.code()).isEqualTo(2);
        assertThat(badStatus.err()).contains("'pending' is not a case status; use one of OPEN, IN_REVIEW, DECIDED,"
                + " CLOSED.");

        CliRun unknownCase = inData("case", "show", "CLM-404");
        assertThat(unknownCase.code()).isEqualTo(1);
        assertThat(unknownCase.err()).contains("No case has the id or claim number 'CLM-404'");

        CliRun noAction = CliRun.of("case");
        assertThat(noAction.code()).isEqualTo(2);
        assertThat(noAction.err()).contains("Name what to do with cases");
    }
}
