package com.intelliclaim.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.DataFolderException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract on disk and in memory, plus the revision and damage handling of the on-disk index. */
class LuceneKeywordIndexTest {
    @Nested
    class InMemory extends KeywordIndexContractTest {
        @Override
        protected KeywordIndex createIndex() {
            return LuceneKeywordIndex.inMemory();
        }
    }

    @Nested
    class OnDisk extends KeywordIndexContractTest {
        @TempDir
        Path folder;

        @Override
        protected KeywordIndex createIndex() {
            return LuceneKeywordIndex.open(folder);
        }
    }

    @TempDir
    Path folder;

    @Test
    void revisionIsUnknownWhenNewAndSurvivesReopen() {
        try (LuceneKeywordIndex index = LuceneKeywordIndex.open(folder)) {
            assertThat(index.revision()).isEqualTo(LuceneKeywordIndex.UNKNOWN_REVISION);
            index.add(KeywordIndexContractTest.POLICY);
            index.commit(42);
            assertThat(index.revision()).isEqualTo(42);
        }
        try (LuceneKeywordIndex index = LuceneKeywordIndex.open(folder)) {
            assertThat(index.revision()).isEqualTo(42);
            assertThat(index.search("cataract", 5, DocumentFilter.ALL)).hasSize(2);
        }
    }

    @Test
    void writesAfterACommitMakeTheRevisionUnknown() {
        try (LuceneKeywordIndex index = LuceneKeywordIndex.open(folder)) {
            index.add(KeywordIndexContractTest.POLICY);
            index.commit(7);
            index.removeDocument(100);
        }
        try (LuceneKeywordIndex index = LuceneKeywordIndex.open(folder)) {
            assertThat(index.revision()).isEqualTo(LuceneKeywordIndex.UNKNOWN_REVISION);
            assertThat(index.search("ambulance", 5, DocumentFilter.ALL)).isEmpty();
        }
    }

    @Test
    void clearEmptiesTheIndex() {
        try (LuceneKeywordIndex index = LuceneKeywordIndex.inMemory()) {
            index.add(KeywordIndexContractTest.POLICY);
            index.commit(3);
            index.clear();
            assertThat(index.revision()).isEqualTo(LuceneKeywordIndex.UNKNOWN_REVISION);
            assertThat(index.search("cataract", 5, DocumentFilter.ALL)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"flip a byte in the largest file", "truncate segments file", "delete a segment file"})
    void damagedIndexIsReportedAndCanBeRecreated(String damage) throws IOException {
        try (LuceneKeywordIndex index = LuceneKeywordIndex.open(folder)) {
            index.add(KeywordIndexContractTest.POLICY);
            index.commit(5);
        }
        damage(damage);
        assertThatThrownBy(() -> LuceneKeywordIndex.open(folder)).isInstanceOf(KeywordIndexCorruptException.class)
                .hasMessageContaining(folder.toString())
                .satisfies(e -> assertThat(((KeywordIndexCorruptException) e).directory()).isEqualTo(folder));
        try (LuceneKeywordIndex index = LuceneKeywordIndex.recreate(folder)) {
            assertThat(index.revision()).isEqualTo(LuceneKeywordIndex.UNKNOWN_REVISION);
            assertThat(index.search("cataract", 5, DocumentFilter.ALL)).isEmpty();
        }
    }

    @Test
    void secondOpenOfTheSameFolderIsRefusedAsInUse() {
        try (LuceneKeywordIndex index = LuceneKeywordIndex.open(folder)) {
            assertThatThrownBy(() -> LuceneKeywordIndex.open(folder)).isInstanceOf(DataFolderException.class)
                    .hasMessageContaining("in use");
        }
    }

    private void damage(String how) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> !file.getFileName().toString().equals("write.lock")).toList();
        }
        switch (how) {
            case "flip a byte in the largest file" -> {
                Path largest = files.stream().max(Comparator.comparingLong(LuceneKeywordIndexTest::size)).orElseThrow();
                try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
                    long middle = file.length() / 2;
                    file.seek(middle);
                    int value = file.read();
                    file.seek(middle);
                    file.write(value ^ 0xFF);
                }
            }
            case "truncate segments file" -> {
                Path segments = files.stream().filter(f -> f.getFileName().toString().startsWith("segments_"))
                        .findFirst().orElseThrow();
                try (RandomAccessFile file = new RandomAccessFile(segments.toFile(), "rw")) {
                    file.setLength(file.length() / 2);
                }
            }
            default -> Files.delete(files.stream().filter(f -> f.getFileName().toString().endsWith(".si"))
                    .findFirst().orElseThrow());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
