package com.intelliclaim.app.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.intelliclaim.app.PolicyEngine;
import com.intelliclaim.app.common.RecordJson;
import com.intelliclaim.engine.api.AskRequest;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.Outcome;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The History screen's logic against the real engine with the immediate task runner. */
class HistoryViewModelTest {
    private static final String KNEE = "46-year-old male, knee surgery in Pune, 3-month-old insurance policy";
    private static final String CATARACT = "Cataract surgery for a \"senior\" woman aged 61, policy 30 months old, claim ₹40,000";
    @RegisterExtension
    static final PolicyEngine policy = PolicyEngine.policy();
    private static DecisionRecord knee;
    private static DecisionRecord cataract;
    private static DecisionRecord overriding;

    @BeforeAll
    static void askTwiceAndOverrideTheFirst() {
        IntelliClaimEngine engine = policy.engine();
        knee = engine.ask(AskRequest.of(KNEE));
        cataract = engine.ask(AskRequest.of(CATARACT));
        Outcome other = Arrays.stream(Outcome.values()).filter(o -> o != knee.decision()).findFirst().orElseThrow();
        overriding = engine.override(knee.id(), other, "Ported policy, prior cover counts", "asha");
    }

    private static HistoryViewModel model() {
        return RefreshedHistory.of(policy.engine());
    }

    @Test
    void listsEveryDecisionNewestFirstWithTheOverrideAndTheRecordItOverrode() {
        HistoryViewModel model = model();
        assertThat(model.decisions()).extracting(DecisionRecord::id)
                .containsExactly(overriding.id(), cataract.id(), knee.id());
        assertThat(model.reviewState(model.decisions().get(2))).isEqualTo("overridden");
        assertThat(model.reviewState(model.decisions().get(0))).isEqualTo("overrides earlier");
        assertThat(model.reviewState(model.decisions().get(1))).isEmpty();
    }

    @Test
    void filtersByOutcomeDateDocumentAndText() {
        HistoryViewModel model = model();
        model.outcomeProperty().set(overriding.decision());
        assertThat(model.decisions()).extracting(DecisionRecord::id).contains(overriding.id())
                .allSatisfy(id -> assertThat(policy.engine().decision(id).orElseThrow().decision())
                        .isEqualTo(overriding.decision()));
        model.outcomeProperty().set(null);

        LocalDate today = overriding.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        model.fromProperty().set(today.plusDays(1));
        assertThat(model.decisions()).isEmpty();
        model.fromProperty().set(today);
        model.toProperty().set(today);
        assertThat(model.decisions()).hasSize(3);
        model.toProperty().set(today.minusDays(1));
        assertThat(model.decisions()).isEmpty();
        model.toProperty().set(null);

        model.documentProperty().set("POLICY");
        assertThat(model.decisions()).hasSize(3);
        model.documentProperty().set("claim-form");
        assertThat(model.decisions()).isEmpty();
        model.documentProperty().set("");

        model.textProperty().set("cataract");
        assertThat(model.decisions()).extracting(DecisionRecord::id).containsExactly(cataract.id());
        model.textProperty().set("ported policy");
        assertThat(model.decisions()).extracting(DecisionRecord::id).containsExactly(overriding.id());
    }

    @Test
    void openingADecisionShowsItWithItsNotes() {
        policy.engine().addNote(cataract.id(), "Asked for the discharge summary", "asha");
        HistoryViewModel model = model();
        model.open(model.decisions().stream().filter(r -> r.id().equals(cataract.id())).findFirst().orElseThrow());
        assertThat(model.openedProperty().get().notes()).extracting(n -> n.text())
                .contains("Asked for the discharge summary");
    }

    @Test
    void csvExportQuotesEveryFieldAndHoldsTheRows() throws Exception {
        HistoryViewModel model = model();
        Path file = policy.folder().resolve("out.csv");
        model.exportCsv(List.copyOf(model.decisions()), file);

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\"id\",\"created_at\",\"decision\"");
        assertThat(csv).contains("\"" + KNEE + "\"")
                .contains("\"Cataract surgery for a \"\"senior\"\" woman aged 61, policy 30 months old, claim ₹40,000\"")
                .contains("\"" + knee.id() + "\"").contains("\"Ported policy, prior cover counts\"");
        assertThat(csv).contains("\r\n");
        assertThat(model.statusProperty().get()).isEqualTo("Exported 3 decisions to " + file + ".");
    }

    @Test
    void jsonExportParsesBackToTheSameRecords() throws Exception {
        HistoryViewModel model = model();
        Path file = policy.folder().resolve("out.json");
        List<DecisionRecord> chosen = List.of(model.decisions().get(0));
        model.exportJson(chosen, file);

        List<DecisionRecord> back = RecordJson.MAPPER.readValue(file.toFile(), new TypeReference<>() { });
        assertThat(back).isEqualTo(chosen);
    }

    @Test
    void pdfReportPrintsTheRupeeSignTheQuestionCitationsAndAuditTrail() throws Exception {
        DecisionRecord rupees = cataract;
        HistoryViewModel model = model();
        Path file = policy.folder().resolve("report.pdf");
        model.exportPdf(List.of(rupees, knee), file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("IntelliClaim — 2 decisions")
                    .contains("claim ₹40,000")
                    .contains("Audit trail")
                    .contains(rupees.citations().get(0).documentName() + ", page " + rupees.citations().get(0).page())
                    .contains(rupees.auditTrail().get(0).step());
        }
        assertThat(model.statusProperty().get()).isEqualTo("Exported 2 decisions to " + file + ".");
    }

    @Test
    void exportingNothingOrToAnUnwritablePlaceSaysWhy() throws Exception {
        HistoryViewModel model = model();
        model.exportCsv(List.of(), policy.folder().resolve("none.csv"));
        assertThat(model.problemProperty().get()).startsWith("There are no decisions to export");
        Path bad = Files.writeString(policy.folder().resolve("a-file"), "not a folder").resolve("x.csv");
        model.exportCsv(List.copyOf(model.decisions()), bad);
        assertThat(model.problemProperty().get()).isEqualTo("Could not write " + bad
                + ": check that the folder is writable and the disk not full.");
    }
}
