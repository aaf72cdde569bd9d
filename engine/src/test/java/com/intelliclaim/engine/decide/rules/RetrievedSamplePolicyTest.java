package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.api.SearchHit;
import com.intelliclaim.engine.api.SearchRequest;
import com.intelliclaim.engine.decide.Adjudication;
import com.intelliclaim.engine.decide.ClaimContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules adjudicator on passages the real engine retrieves: the sample policy ingested as text into a temporary
 * data folder (real chunker, model, H2 and indexes), each dev scenario's question searched within it, the facts given.
 */
class RetrievedSamplePolicyTest {
    private static final int K = 8;

    @TempDir
    static Path tmp;
    private static IntelliClaimEngine engine;

    @BeforeAll
    static void ingestTheSamplePolicy() throws Exception {
        Path policy = Files.writeString(tmp.resolve("sample-policy.txt"), PolicyHits.resource("/scenarios/sample-policy.txt"));
        engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")));
        engine.ingest(List.of(policy), IngestListener.NONE);
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    static List<Scenarios.Scenario> scenarios() {
        return Scenarios.parse(PolicyHits.resource("/scenarios/scenarios-dev.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decidesTheDevScenariosOnRetrievedClauses(Scenarios.Scenario s) {
        List<SearchHit> hits = engine.search(new SearchRequest(s.query(), K, s.document()));
        Adjudication a = new RulesAdjudicator().adjudicate(new ClaimContext(s.query(), s.facts(), hits,
                LocalDate.of(2025, 6, 1)));

        assertThat(s.accept()).as(a.justification()).contains(a.decision().name());
        assertThat(a.citations()).extracting(Citation::clause).as(a.justification()).contains(s.clauses().get(0));
        assertThat(a.citations()).allSatisfy(c -> assertThat(hits).extracting(SearchHit::chunkId).contains(c.chunkId()));
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.documentName()).isEqualTo("sample-policy.txt"));
        if (a.decision() == Outcome.APPROVED) {
            assertThat(a.amount()).as(a.justification()).isEqualByComparingTo(s.amount());
        }
    }
}
