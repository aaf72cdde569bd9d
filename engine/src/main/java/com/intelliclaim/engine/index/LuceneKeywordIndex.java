package com.intelliclaim.engine.index;

import com.intelliclaim.engine.api.DataFolderException;
import com.intelliclaim.engine.api.EngineException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * BM25 keyword search with Lucene, one Lucene document per chunk. Besides the chunks the index records the store
 * revision it reflects, so that a caller can compare it with the store's and rebuild when they differ:
 * {@link #add}, {@link #removeDocument} and {@link #clear} commit their change and set the revision to unknown (-1);
 * {@link #commit(long)} records the store revision once the index is level with it. A crash between the two leaves -1,
 * which never equals a store revision, so the index is rebuilt rather than trusted.
 *
 * <p>Thread-safe: one {@link IndexWriter}, writes serialised, searches through a {@link SearcherManager} refreshed
 * after every write. Close it to release the folder's lock.
 */
public final class LuceneKeywordIndex implements KeywordIndex {
    /** The revision of an index that is new, cleared, or written to since its last {@link #commit(long)}. */
    public static final long UNKNOWN_REVISION = -1;

    private final Directory directory;
    private final String location;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final KeywordQueryBuilder queries;
    private final LuceneKeywordSearch search;
    private final Object writeLock = new Object();
    private volatile long revision;

    private LuceneKeywordIndex(Directory directory, String location) throws IOException {
        this.directory = directory;
        this.location = location;
        Analyzer analyzer = new PolicyAnalyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
        SearcherManager opened = null;
        try {
            boolean existed = DirectoryReader.indexExists(directory);
            opened = new SearcherManager(writer, null);
            verifyChecksums(opened);
            this.searchers = opened;
            this.revision = existed ? readRevision() : UNKNOWN_REVISION;
            if (!existed) {
                commitRevision(UNKNOWN_REVISION);
            }
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            writer.rollback();
            throw e;
        }
        this.queries = new KeywordQueryBuilder(analyzer);
        this.search = new LuceneKeywordSearch(searchers);
    }

    /**
     * Opens (or creates) the index in a folder. Throws {@link KeywordIndexCorruptException} when the folder holds an
     * index that cannot be read (the remedy is {@link #recreate(Path)} and a rebuild from the store), and
     * {@link DataFolderException} when another process has it open.
     */
    public static LuceneKeywordIndex open(Path folder) {
        return LuceneIndexFolder.open(folder, directory -> new LuceneKeywordIndex(directory, folder.toString()));
    }

    /** Deletes whatever is in the folder and opens a new, empty index there (revision {@link #UNKNOWN_REVISION}). */
    public static LuceneKeywordIndex recreate(Path folder) {
        LuceneIndexFolder.wipe(folder);
        return open(folder);
    }

    /** A new, empty index held in memory only (for tests and throwaway use). */
    public static LuceneKeywordIndex inMemory() {
        try {
            return new LuceneKeywordIndex(new ByteBuffersDirectory(), "memory");
        } catch (IOException e) {
            throw new EngineException("Could not create an in-memory keyword index (" + e.getMessage() + ").", e);
        }
    }

    /** The store revision recorded by the last {@link #commit(long)}, or {@link #UNKNOWN_REVISION}. */
    public long revision() {
        return revision;
    }

    /** Records that the index now reflects the given store revision (durably: it survives close and reopen). */
    public void commit(long storeRevision) {
        synchronized (writeLock) {
            write(() -> commitRevision(storeRevision));
        }
    }

    /** Removes every chunk (for a rebuild) and sets the revision to unknown. */
    public void clear() {
        synchronized (writeLock) {
            write(() -> {
                writer.deleteAll();
                commitRevision(UNKNOWN_REVISION);
            });
        }
    }

    @Override
    public void add(List<KeywordEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        synchronized (writeLock) {
            write(() -> {
                for (KeywordEntry entry : entries) {
                    writer.updateDocument(new Term(LuceneFields.CHUNK_KEY, Long.toString(entry.chunkId())),
                            LuceneDocuments.of(entry));
                }
                commitRevision(UNKNOWN_REVISION);
            });
        }
    }

    @Override
    public void removeDocument(long documentId) {
        synchronized (writeLock) {
            write(() -> {
                writer.deleteDocuments(LuceneDocuments.ofDocument(documentId));
                commitRevision(UNKNOWN_REVISION);
            });
        }
    }

    /** As {@link KeywordIndex#search}; throws IllegalArgumentException for k &lt; 1. */
    @Override
    public List<ScoredChunk> search(String query, int k, DocumentFilter filter) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filter, "filter");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        Query textQuery = queries.build(query);
        if (textQuery == null) {
            return List.of();
        }
        try {
            return search.run(textQuery, k, filter);
        } catch (IOException e) {
            throw new EngineException("The keyword index in " + location + " could not be searched ("
                    + e.getMessage() + ").", e);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try (directory; writer; searchers) {
                // try-with-resources closes the searchers, then the writer, then the directory.
            } catch (IOException e) {
                throw new EngineException("The keyword index in " + location + " could not be closed cleanly ("
                        + e.getMessage() + ").", e);
            }
        }
    }

    private void commitRevision(long newRevision) throws IOException {
        writer.setLiveCommitData(Map.of(LuceneFields.REVISION, Long.toString(newRevision)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        revision = newRevision;
    }

    private long readRevision() throws IOException {
        String value = SegmentInfos.readLatestCommit(directory).getUserData().get(LuceneFields.REVISION);
        return value == null ? UNKNOWN_REVISION : Long.parseLong(value);
    }

    /** Reads every file's checksum, so a damaged index is found at open rather than mid-search. */
    private static void verifyChecksums(SearcherManager searchers) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private void write(IndexWrite action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new EngineException("The keyword index in " + location + " could not be updated ("
                    + e.getMessage() + ").", e);
        }
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }
}
