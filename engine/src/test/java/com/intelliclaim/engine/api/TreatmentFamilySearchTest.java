package com.intelliclaim.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision searches the policy for the claimed procedure's treatment family as policies name it: waiting-period
 * lists say "joint replacement" where the claim says "knee replacement".
 */
class TreatmentFamilySearchTest {
    private static final String FILLER = " The insured person shall notify the insurer, keep every bill and prescription,"
            + " and give the insurer access to the treating doctor and all records the insurer reasonably asks for.";

    @TempDir
    Path tmp;

    @Test
    void aKneeReplacementFindsTheJointReplacementWaitingPeriod() throws Exception {
        StringBuilder policy = new StringBuilder("3. Benefits\n");
        List<String> benefits = List.of(
                "Knee braces, walkers and other appliances after knee surgery are paid up to Rs 5,000 a year.",
                "Physiotherapy after a knee surgery is paid for 10 sessions when the treating surgeon prescribes it.",
                "A second opinion before any planned surgery of the knee, hip or spine is paid once a year.",
                "Robotic surgery and keyhole surgery of the knee are paid up to half of the sum insured.",
                "Pre-hospitalisation tests for a man or woman of any age before surgery are paid for 30 days.",
                "An implant used in knee surgery is paid at the price the hospital charged, up to Rs 50,000.",
                "Day care surgery of the knee, such as an arthroscopy, is paid without an overnight stay.",
                "Post-hospitalisation expenses after surgery are paid for 60 days from discharge.");
        for (int i = 0; i < benefits.size(); i++) {
            policy.append("3.").append(i + 1).append(' ').append(benefits.get(i)).append(FILLER.repeat(3)).append('\n');
        }
        policy.append("4. Specific waiting periods\n4.1 Three years waiting period: treatment for joint replacement"
                + " unless arising from accident is covered only after 36 months of continuous cover.")
                .append(FILLER.repeat(3)).append('\n');
        Path file = Files.writeString(tmp.resolve("policy.txt"), policy);
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            engine.ingest(List.of(file), IngestListener.NONE);
            String question = "68-year-old man, knee replacement surgery, policy 30 months old";
            assertThat(engine.search(new SearchRequest(question, 3, null))).extracting(SearchHit::clause)
                    .doesNotContain("4.1"); // the question alone misses the waiting period

            DecisionRecord record = engine.ask(new AskRequest(question, null, null, null, 3, "tester"));

            assertThat(record.facts().procedure()).isEqualTo("knee replacement");
            assertThat(record.decision()).isEqualTo(Outcome.REJECTED);
            assertThat(record.citations()).extracting(Citation::clause).contains("4.1");
            AuditStep retrieve = record.auditTrail().stream().filter(s -> s.step().equals("retrieve")).findFirst()
                    .orElseThrow();
            assertThat(retrieve.detail()).contains("'joint replacement', as policies name knee replacement");

            String atTheLimit = question + " " + "x".repeat(SearchRequest.MAX_QUERY_CHARS - question.length() - 1);
            DecisionRecord atLimit = engine.ask(new AskRequest(atTheLimit, null, null, null, 3, "tester"));
            assertThat(atLimit.facts().procedure()).isEqualTo("knee replacement");
            assertThat(atLimit.auditTrail()).filteredOn(s -> s.step().equals("retrieve")).singleElement()
                    .satisfies(s -> assertThat(s.detail()).doesNotContain("joint replacement"));
        }
    }
}
