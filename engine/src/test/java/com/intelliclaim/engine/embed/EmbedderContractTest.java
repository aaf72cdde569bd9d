package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.intelliclaim.engine.api.EngineException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link Embedder} must do; one subclass per implementation or bundled model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EmbedderContractTest {
    static final String QUESTION = "waiting period for cataract surgery";
    static final String CATARACT_CLAUSE = "Cataract: expenses for treatment of cataract are covered only after a "
            + "waiting period of 24 months of continuous coverage from the first policy inception date.";
    static final String AMBULANCE_CLAUSE = "Ambulance charges: reasonable charges for road ambulance services used "
            + "to transfer the insured person to hospital in an emergency are payable up to Rs. 2,000 per claim.";

    private Embedder embedder;

    protected abstract Embedder createEmbedder();

    @BeforeAll
    void load() {
        embedder = createEmbedder();
    }

    @AfterAll
    void close() {
        if (embedder != null) { // null when an assumption skipped the class
            embedder.close();
        }
    }

    @Test
    void vectorsHaveTheModelsDimensionAndUnitLength() {
        List<float[]> vectors = embedder.embedPassages(List.of(CATARACT_CLAUSE, AMBULANCE_CLAUSE, "30 days"));
        vectors.add(embedder.embedQuery(QUESTION));
        for (float[] vector : vectors) {
            assertThat(vector).hasSize(embedder.model().dimension());
            assertThat(norm(vector)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void sameTextGivesTheSameVector() {
        float[] first = embedder.embedPassages(List.of(CATARACT_CLAUSE)).get(0);
        float[] again = embedder.embedPassages(List.of(AMBULANCE_CLAUSE, CATARACT_CLAUSE)).get(1);
        assertThat(dot(first, again)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void resultsKeepTheOrderOfTheTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            texts.add(i % 2 == 0 ? CATARACT_CLAUSE : AMBULANCE_CLAUSE + " Item " + i + ".");
        }
        List<float[]> batched = embedder.embedPassages(texts);
        assertThat(batched).hasSize(texts.size());
        for (int i : new int[] {0, 1, 33, 64, 69}) {
            float[] alone = embedder.embedPassages(List.of(texts.get(i))).get(0);
            assertThat(dot(batched.get(i), alone)).as("text %d", i).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void relatedClauseScoresHigherThanUnrelatedOne() {
        float[] question = embedder.embedQuery(QUESTION);
        List<float[]> clauses = embedder.embedPassages(List.of(CATARACT_CLAUSE, AMBULANCE_CLAUSE));
        assertThat(dot(question, clauses.get(0))).isGreaterThan(dot(question, clauses.get(1)) + 0.1);
    }

    @Test
    void textUpToTheTokenLimitIsRead() {
        // "claim" is one word piece; with [CLS] and [SEP] the filler leaves about 30 tokens of each clause inside.
        String filler = String.join(" ", Collections.nCopies(embedder.model().maxTokens() - 32, "claim"));
        List<float[]> vectors = embedder.embedPassages(List.of(filler + " " + CATARACT_CLAUSE,
                filler + " " + AMBULANCE_CLAUSE));
        assertThat(dot(vectors.get(0), vectors.get(1))).isLessThan(0.9999);
    }

    @Test
    void textPastTheTokenLimitIsCutOff() {
        String filler = String.join(" ", Collections.nCopies(embedder.model().maxTokens(), "claim"));
        List<float[]> vectors = embedder.embedPassages(List.of(filler + " " + CATARACT_CLAUSE,
                filler + " " + AMBULANCE_CLAUSE, filler));
        assertThat(dot(vectors.get(0), vectors.get(1))).isCloseTo(1.0, within(1e-6));
        assertThat(dot(vectors.get(0), vectors.get(2))).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void identicalTextsGetTheVectorOfTheTextAlone() {
        List<float[]> vectors = embedder.embedPassages(List.of(CATARACT_CLAUSE, AMBULANCE_CLAUSE, CATARACT_CLAUSE));
        float[] alone = embedder.embedPassages(List.of(CATARACT_CLAUSE)).get(0);
        assertThat(dot(vectors.get(0), alone)).isCloseTo(1.0, within(1e-6));
        assertThat(dot(vectors.get(2), alone)).isCloseTo(1.0, within(1e-6));
        assertThat(vectors.get(0)).isNotSameAs(vectors.get(2)); // callers may change one without the other
    }

    @Test
    void paddingInAMixedBatchDoesNotChangeAnyVector() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(i % 3 == 0 ? CATARACT_CLAUSE + " " + AMBULANCE_CLAUSE.repeat(1 + i % 4) : "clause " + i + " of 40");
        }
        List<float[]> together = embedder.embedPassages(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = embedder.embedPassages(List.of(texts.get(i))).get(0);
            assertThat(dot(together.get(i), alone)).as("text %d", i).isGreaterThan(0.9999);
        }
    }

    @Test
    void emptyListGivesEmptyList() {
        assertThat(embedder.embedPassages(List.of())).isEmpty();
    }

    @Test
    void blankTextIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> embedder.embedPassages(List.of(CATARACT_CLAUSE, "  ")))
                .isInstanceOf(EngineException.class).hasMessageContaining("Text 2 of 2");
    }

    @Test
    void interruptedCallerGetsCancellation() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> embedder.embedPassages(List.of(CATARACT_CLAUSE, AMBULANCE_CLAUSE)))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void interruptionDuringALongRunStopsIt() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            texts.add(CATARACT_CLAUSE + " Item " + i + "."); // distinct: identical texts are embedded once
        }
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            try {
                embedder.embedPassages(texts);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        while (worker.get() == null) {
            Thread.onSpinWait();
        }
        TimeUnit.MILLISECONDS.sleep(300);
        worker.get().interrupt();
        assertThat(outcome.get(20, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    static double norm(float[] vector) {
        return Math.sqrt(dot(vector, vector));
    }
}
