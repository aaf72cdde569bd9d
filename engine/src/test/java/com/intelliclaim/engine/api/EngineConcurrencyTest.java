package com.intelliclaim.engine.api;

import com.intelliclaim.engine.testing.SamplePolicy;
import com.intelliclaim.engine.testing.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asks and searches while a long document is ingested on another thread, on the real model, store and indexes: they
 * finish before the ingest does, and each sees the long document in full or not at all.
 */
class EngineConcurrencyTest {
    private static final int PAGES = 80;
    private static final String QUESTION = "46-year-old male, cataract surgery in Pune, 3-month-old insurance policy";

    @TempDir
    Path tmp;

    @Test
    void asksAndSearchesFinishWhileALongDocumentIsIngested() throws Exception {
        Path policy = Files.write(tmp.resolve("policy.pdf"), SamplePolicy.pdf());
        Path schedule = Files.write(tmp.resolve("schedule.pdf"), longSchedule());
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            engine.ingest(List.of(policy), IngestListener.NONE);
            CountDownLatch embedding = new CountDownLatch(1);
            CompletableFuture<IngestReport> ingest = CompletableFuture.supplyAsync(
                    () -> engine.ingest(List.of(schedule), new IngestListener() {
                        @Override
                        public void stage(Path file, Stage stage, long done, long total) {
                            if (stage == Stage.EMBEDDING) {
                                embedding.countDown();
                            }
                        }

                        @Override
                        public void finished(FileOutcome outcome) {
                        }
                    }));
            CompletableFuture.anyOf(ingest, CompletableFuture.runAsync(() -> awaitQuietly(embedding)))
                    .get(2, TimeUnit.MINUTES);
            assertThat(ingest).as("the schedule is still being ingested: %s", ingest).isNotDone();

            DecisionRecord decision = engine.ask(AskRequest.of(QUESTION));
            boolean ingestRunningAfterAsk = !ingest.isDone();
            List<Integer> scheduleHitsSeen = new ArrayList<>();
            while (!ingest.isDone()) {
                scheduleHitsSeen.add(scheduleHits(engine));
            }
            IngestReport report = ingest.get(5, TimeUnit.MINUTES);

            assertThat(ingestRunningAfterAsk).as("the ask finished while the ingest still ran").isTrue();
            assertThat(decision.citations()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.documentName()).isEqualTo("policy.pdf"));
            assertThat(engine.decisions(5)).extracting(DecisionRecord::id).contains(decision.id());
            assertThat(report.outcomes()).singleElement()
                    .satisfies(o -> assertThat(o.status()).isEqualTo(FileOutcome.Status.INDEXED));
            int whole = scheduleHits(engine);
            assertThat(whole).isPositive();
            assertThat(scheduleHitsSeen).as("schedule hits of searches during the ingest").isNotEmpty()
                    .allSatisfy(n -> assertThat(n).isIn(0, whole));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many of the schedule's passages a search for its own wording finds (its passages outnumber k). */
    private static int scheduleHits(IntelliClaimEngine engine) {
        return (int) engine.search(SearchRequest.of("tariff schedule room rent band", 30)).stream()
                .filter(h -> h.documentName().equals("schedule.pdf")).count();
    }

    private static final String[] WORDS = ("room rent band tariff schedule ward nursing surgeon fee theatre charge"
            + " implant lens stent ambulance day care diagnostic test pharmacy consumable attendant icu bed tier city"
            + " network hospital package rate limit co-payment deductible ceiling daily allowance").split(" ");

    /** Pages of varied sentences (repeated lines would be taken for running headers and dropped). */
    private static byte[] longSchedule() {
        TestPdfs.Builder pdf = TestPdfs.builder();
        for (int page = 1; page <= PAGES; page++) {
            List<String> lines = new ArrayList<>();
            for (int line = 1; line <= 12; line++) {
                StringBuilder text = new StringBuilder("Item " + page + "." + line + ":");
                for (int w = 0; w < 9; w++) {
                    text.append(' ').append(WORDS[(page * 7 + line * 5 + w * 3 + page * line) % WORDS.length]);
                }
                lines.add(text.append('.').toString());
            }
            pdf.page(lines);
        }
        return pdf.build();
    }
}
