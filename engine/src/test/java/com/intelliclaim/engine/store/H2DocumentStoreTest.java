package com.intelliclaim.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DocumentStoreTest extends DocumentStoreContractTest {
    @TempDir
    Path temp;

    private Path databaseFile() {
        return temp.resolve("store").resolve("intelliclaim");
    }

    @Override
    protected DocumentStore createStore() {
        return H2DocumentStore.open(databaseFile());
    }

    @Test
    void reopeningKeepsEverything() {
        StoredDocument kept = addDocument("kept.pdf", 2, 4);
        EmbeddingModelInfo model = new EmbeddingModelInfo("m", StoreFixtures.DIMENSION, 256);
        store.setIndexedModel(model);
        long revision = store.revision();
        List<float[]> before = new ArrayList<>();
        store.forEachChunk((chunk, vector) -> before.add(vector));
        store.close();

        store = H2DocumentStore.open(databaseFile());

        assertThat(store.documents()).containsExactly(kept.info());
        assertThat(store.chunksOf(kept.info().id())).extracting(StoredChunk::id).isEqualTo(kept.chunkIds());
        assertThat(store.pages(kept.info().id())).isEqualTo(StoreFixtures.pages(2));
        assertThat(store.indexedModel()).contains(model);
        assertThat(store.revision()).isEqualTo(revision);
        List<float[]> after = new ArrayList<>();
        store.forEachChunk((chunk, vector) -> after.add(vector));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(bits(after.get(i))).isEqualTo(bits(before.get(i)));
        }
    }

    @Test
    void opensTheStoreOfADataFolder() {
        try (DataFolder folder = DataFolder.open(temp.resolve("data"));
             H2DocumentStore opened = H2DocumentStore.open(folder)) {
            assertThat(opened.documents()).isEmpty();
            assertThat(Path.of(folder.databaseFile() + ".mv.db")).isRegularFile();
        }
    }

    @Test
    void aDamagedFileIsReportedInPlainWordsWithTheCause() throws Exception {
        Path damaged = temp.resolve("damaged").resolve("intelliclaim");
        Files.createDirectories(damaged.getParent());
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(Path.of(damaged + ".mv.db"), garbage);

        assertThatThrownBy(() -> H2DocumentStore.open(damaged))
                .isInstanceOf(EngineException.class)
                .hasMessageStartingWith("The local database in " + damaged.getParent() + " could not be opened: ")
                .hasMessageContaining("damaged")
                .hasRootCauseInstanceOf(Exception.class)
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(SQLException.class));
    }

    @Test
    void aStoreWrittenByANewerSchemaIsRefused() throws Exception {
        store.close();
        try (Connection connection = DriverManager.getConnection(StoreDatabase.url(databaseFile()), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                    + " \"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1,"
                    + " 'sa', 1, TRUE)");
        }

        assertThatThrownBy(() -> store = H2DocumentStore.open(databaseFile()))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("was written by a newer version of IntelliClaim (schema version 99;"
                        + " this version knows up to ")
                .hasMessageContaining(databaseFile().getParent().toString());
        store = H2DocumentStore.open(temp.resolve("other").resolve("intelliclaim"));
    }

    @Test
    void anInterruptedCallerNeitherBreaksTheStoreNorLosesItsInterrupt() {
        Thread.currentThread().interrupt();
        try {
            addDocument("during-cancel.pdf", 2, 50);
        } finally {
            assertThat(Thread.interrupted()).as("interrupt flag kept for the caller").isTrue();
        }
        addDocument("after-cancel.pdf", 1, 3);
        assertThat(store.documents()).extracting(DocumentInfo::name)
                .containsExactly("after-cancel.pdf", "during-cancel.pdf");
    }
}
