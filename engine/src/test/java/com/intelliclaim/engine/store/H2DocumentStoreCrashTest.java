package com.intelliclaim.engine.store;

import com.intelliclaim.engine.testing.ChildJvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.EngineException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of adding documents leaves every document wholly stored or absent. */
class H2DocumentStoreCrashTest {
    private static final int CHUNKS = 300;

    @TempDir
    Path temp;

    @Test
    void aKilledWriterLeavesOnlyWholeDocuments() throws Exception {
        Path file = temp.resolve("store").resolve("intelliclaim");
        int confirmed;
        try (ChildJvm child = ChildJvm.start(StoreCrashChild.class, file.toString(), Integer.toString(CHUNKS))) {
            child.awaitLine("opened", Duration.ofSeconds(60));
            assertThatThrownBy(() -> H2DocumentStore.open(file))
                    .isInstanceOf(EngineException.class)
                    .hasMessageContaining("could not be opened: it is in use by another program");
            String line = child.awaitLine("added 4", Duration.ofSeconds(120));
            confirmed = Integer.parseInt(line.substring("added ".length()));
            child.kill();
        }

        try (H2DocumentStore store = H2DocumentStore.open(file)) {
            List<DocumentInfo> documents = store.documents();
            // Every committed add survives; at most the one in flight (or just committed) may be there too.
            assertThat(documents.size()).isBetween(confirmed, confirmed + 2);
            Map<Long, Integer> vectorsPerDocument = new HashMap<>();
            store.forEachChunk((chunk, vector) -> {
                assertThat(vector).hasSize(StoreFixtures.DIMENSION);
                vectorsPerDocument.merge(chunk.documentId(), 1, Integer::sum);
            });
            for (DocumentInfo document : documents) {
                assertThat(document.chunks()).isEqualTo(CHUNKS);
                assertThat(store.chunksOf(document.id())).hasSize(CHUNKS);
                assertThat(store.pages(document.id())).hasSize(10);
                assertThat(vectorsPerDocument.get(document.id())).isEqualTo(CHUNKS);
            }
            assertThat(vectorsPerDocument.keySet()).containsExactlyInAnyOrderElementsOf(
                    documents.stream().map(DocumentInfo::id).toList());

            StoreFixtures fixtures = new StoreFixtures(1);
            StoredDocument added = store.add(fixtures.newDocument("after-crash.pdf"), StoreFixtures.pages(1),
                    StoreFixtures.chunks(5, 1), fixtures.vectors(5));
            assertThat(store.chunksOf(added.info().id())).hasSize(5);
            assertThat(store.documents()).hasSize(documents.size() + 1);
        }
    }
}
