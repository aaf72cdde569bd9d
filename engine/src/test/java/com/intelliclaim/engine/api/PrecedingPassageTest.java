package com.intelliclaim.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision reads each retrieved passage together with the one before it (a list's header, say). */
class PrecedingPassageTest {
    private static final String FILLER = " The insured person shall notify the insurer, keep every bill and prescription,"
            + " and give the insurer access to the treating doctor and all records the insurer reasonably asks for.";

    @TempDir
    Path tmp;

    @Test
    void anAskRetrievesTheTopPassageAndTheOneBeforeIt() throws Exception {
        String policy = "4. Specific waiting periods\n"
                + "4.1 The following treatments are covered only after a waiting period of 24 months from the first"
                + " policy start date." + FILLER.repeat(5) + "\n"
                + "4.2 Cataract surgery, knee replacement and hernia repair." + FILLER.repeat(5) + "\n";
        Path file = Files.writeString(tmp.resolve("policy.txt"), policy);
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            engine.ingest(List.of(file), IngestListener.NONE);
            assertThat(engine.chunks(engine.documents().get(0).id())).hasSizeGreaterThanOrEqualTo(2);
            List<SearchHit> top = engine.search(new SearchRequest("hernia repair", 1, null));
            assertThat(top).singleElement().satisfies(hit -> assertThat(hit.clause()).isEqualTo("4.2"));

            DecisionRecord record = engine.ask(new AskRequest("hernia repair, 40M, policy 6 months old", null, null,
                    null, 1, "tester"));

            AuditStep retrieve = record.auditTrail().stream().filter(s -> s.step().equals("retrieve")).findFirst()
                    .orElseThrow();
            assertThat(retrieve.detail()).startsWith("2 passages");
        }
    }
}
