package com.intelliclaim.engine.store;

import static com.intelliclaim.engine.store.DecisionFixtures.note;
import static com.intelliclaim.engine.store.DecisionFixtures.overrideOf;
import static com.intelliclaim.engine.store.DecisionFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.DecisionAlreadyOverriddenException;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.Outcome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DecisionStoreTest extends DecisionStoreContractTest {
    @TempDir
    Path temp;
    private H2DocumentStore documents;
    private DecisionStore decisions;

    private Path databaseFile() {
        return temp.resolve("store").resolve("intelliclaim");
    }

    @BeforeEach
    void open() {
        documents = H2DocumentStore.open(databaseFile());
        decisions = H2DecisionStore.sharing(documents);
    }

    @AfterEach
    void close() {
        documents.close();
    }

    @Override
    protected DecisionStore store() {
        return decisions;
    }

    private void reopen() {
        documents.close();
        open();
    }

    @Test
    void decisionsAndNotesSurviveReopening() {
        DecisionRecord old = record();
        decisions.append(old);
        decisions.addNote(old.id(), note("Checked the bills.", 5));
        DecisionRecord override = overrideOf(old, Outcome.APPROVED);
        decisions.append(override);
        List<DecisionRecord> before = decisions.list(10);

        reopen();

        assertThat(decisions.list(10)).isEqualTo(before);
        assertThat(decisions.find(old.id()).orElseThrow().notes()).extracting(n -> n.text())
                .containsExactly("Checked the bills.");
    }

    @Test
    void decisionsLeaveTheDocumentRevisionAloneSoTheIndexesStayTrusted() {
        long revision = documents.revision();
        DecisionRecord record = record();

        decisions.append(record);
        decisions.addNote(record.id(), note("n", 1));
        decisions.append(overrideOf(record, Outcome.APPROVED));

        assertThat(documents.revision()).isEqualTo(revision);
        reopen();
        assertThat(documents.revision()).isEqualTo(revision);
    }

    @Test
    void removingADocumentKeepsTheDecisionsThatReadIt() {
        StoreFixtures fixtures = new StoreFixtures(7);
        StoredDocument stored = documents.add(fixtures.newDocument("policy.pdf"), StoreFixtures.pages(1),
                StoreFixtures.chunks(2, 1), fixtures.vectors(2));
        DecisionRecord record = record();
        decisions.append(record);

        documents.remove(stored.info().id());

        assertThat(decisions.find(record.id())).contains(record);
    }

    @Test
    void ofTwoAnalystsOverridingTheSameDecisionAtOnceExactlyOneWins() throws Exception {
        DecisionRecord old = record();
        decisions.append(old);
        int analysts = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(analysts);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < analysts; i++) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        decisions.append(overrideOf(old, Outcome.APPROVED));
                        return true;
                    } catch (DecisionAlreadyOverriddenException e) {
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(decisions.list(10)).hasSize(2);
    }

    @Test
    void aDamagedRecordIsReportedInPlainWordsNamingIt() throws Exception {
        DecisionRecord record = record("damaged-1", 0);
        decisions.append(record);
        documents.close();
        try (Connection connection = DriverManager.getConnection(StoreDatabase.url(databaseFile()), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE decisions SET citations = '[{not json' WHERE id = 'damaged-1'");
        }
        open();

        assertThatThrownBy(() -> decisions.find("damaged-1"))
                .isInstanceOf(EngineException.class)
                .hasMessage("Decision damaged-1 in the local database is damaged: its citations cannot be read.");
    }
}
