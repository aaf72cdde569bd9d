package com.intelliclaim.engine.ingest;

import com.intelliclaim.engine.api.DocumentException;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.FileOutcome;
import com.intelliclaim.engine.api.FileOutcome.Status;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IngestListener.Stage;
import com.intelliclaim.engine.api.IngestReport;
import com.intelliclaim.engine.api.NoTextLayerException;
import com.intelliclaim.engine.embed.Embedder;
import com.intelliclaim.engine.index.SearchIndexes;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.chunk.Chunker;
import com.intelliclaim.engine.ingest.parse.Attachment;
import com.intelliclaim.engine.ingest.parse.DocumentParser;
import com.intelliclaim.engine.ingest.parse.ParsedDocument;
import com.intelliclaim.engine.ingest.parse.SourceDocument;
import com.intelliclaim.engine.store.DocumentStore;
import com.intelliclaim.engine.store.NewDocument;
import com.intelliclaim.engine.store.SourceFileStore;
import com.intelliclaim.engine.store.StoredDocument;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files one after the other: read and hash, skip known content, parse, chunk, embed, keep the original bytes,
 * store (one transaction), index; then the files a document carries (an e-mail's attachments), each as its own
 * document. The original is kept before the transaction, so a crash in between leaves a file without a document
 * (swept at the next open), never a document that claims a file it lacks. A file that fails is reported with its
 * reason and the batch goes on; interrupting the calling thread cancels the current file (nothing of it is stored)
 * and the rest of the batch. One pipeline per batch, used by one thread.
 */
public final class IngestPipeline {
    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);
    /** An attachment of an attached e-mail of an attached e-mail … is read this many levels down, no further. */
    static final int MAX_ATTACHMENT_DEPTH = 3;

    private final SourceFiles sources;
    private final DocumentParser parser;
    private final Chunker chunker;
    private final Supplier<Embedder> embedder;
    private final DocumentStore store;
    private final SearchIndexes indexes;
    private final SourceFileStore originals;

    public IngestPipeline(SourceFiles sources, DocumentParser parser, Chunker chunker, Supplier<Embedder> embedder,
                          DocumentStore store, SearchIndexes indexes, SourceFileStore originals) {
        this.originals = originals;
        this.sources = sources;
        this.parser = parser;
        this.chunker = chunker;
        this.embedder = embedder;
        this.store = store;
        this.indexes = indexes;
    }

    /** Ingests the files and folders given, reporting each file to the listener, and returns every outcome. */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        List<Path> files = SourceFiles.expand(paths);
        files.forEach(f -> listener.stage(f, Stage.QUEUED, 0, 1));
        List<FileOutcome> outcomes = new ArrayList<>();
        boolean cancelled = false;
        for (Path file : files) {
            if (cancelled || Thread.currentThread().isInterrupted()) {
                cancelled = true;
                FileOutcome outcome = new FileOutcome(file, Status.CANCELLED, null, 0, 0, 0, "Cancelled before it started.");
                outcomes.add(outcome);
                listener.finished(outcome);
            } else {
                cancelled = ingestWithAttachments(file, () -> sources.read(file), null, 0, listener, outcomes);
            }
        }
        return new IngestReport(outcomes);
    }

    /**
     * Ingests a file, then each file it carries (an e-mail's attachments) as a document of its own linked to it,
     * named "mail.eml › invoice.pdf". Returns whether the batch was cancelled.
     */
    private boolean ingestWithAttachments(Path file, Supplier<SourceDocument> read, String parentSha, int depth,
            IngestListener listener, List<FileOutcome> outcomes) {
        List<Attachment> carried = new ArrayList<>();
        FileOutcome outcome = ingestOne(file, read, parentSha, listener, carried);
        outcomes.add(outcome);
        listener.finished(outcome);
        if (outcome.status() == Status.CANCELLED) {
            return true;
        }
        for (Attachment attachment : carried) {
            Path part = file.resolveSibling(file.getFileName() + " › " + attachment.name());
            listener.stage(part, Stage.QUEUED, 0, 1);
            if (depth >= MAX_ATTACHMENT_DEPTH) {
                FileOutcome refused = new FileOutcome(part, Status.FAILED, null, 0, 0, 0, "is inside more than "
                        + MAX_ATTACHMENT_DEPTH + " levels of attached e-mails; it was not read.");
                outcomes.add(refused);
                listener.finished(refused);
                continue;
            }
            Supplier<SourceDocument> bytes = () -> new SourceDocument(part, attachment.bytes(),
                    SourceFiles.sha256(attachment.bytes()));
            if (ingestWithAttachments(part, bytes, outcome.sha256(), depth + 1, listener, outcomes)) {
                return true;
            }
        }
        return false;
    }

    private FileOutcome ingestOne(Path file, Supplier<SourceDocument> read, String parentSha, IngestListener listener,
            List<Attachment> carried) {
        long start = System.nanoTime();
        String sha = null;
        try {
            listener.stage(file, Stage.PARSING, 0, 1);
            SourceDocument source = read.get();
            sha = source.sha256();
            Optional<DocumentInfo> known = store.findBySha256(sha);
            if (known.isPresent()) {
                keepOriginal(source); // a document stored before originals were kept gets its original now
                DocumentInfo doc = known.get();
                String same = doc.name().equals(source.name()) ? "" : " as " + doc.name();
                return new FileOutcome(file, Status.ALREADY_INDEXED, sha, doc.pages(), doc.chunks(), millis(start),
                        "Already indexed" + same + " (same content); nothing to do.");
            }
            ParsedDocument parsed = parser.parse(source);
            checkInterrupted();
            listener.stage(file, Stage.CHUNKING, 0, 1);
            List<ChunkDraft> chunks = chunker.chunk(parsed);
            if (chunks.isEmpty()) {
                throw new NoTextLayerException(file, "has no text to index: its pages are blank, or OCR found"
                        + " no words on them");
            }
            List<float[]> vectors = embed(file, chunks, listener);
            listener.stage(file, Stage.STORING, 0, 1);
            keepOriginal(source);
            StoredDocument stored = add(new NewDocument(sha, source.name(), parsed.mediaType(),
                    source.bytes().length, parentSha), parsed, chunks, vectors);
            listener.stage(file, Stage.INDEXING, 0, 1);
            indexes.add(store.chunksOf(stored.info().id()), vectors, store.revision());
            log.info("Indexed document {} ({} pages, {} chunks, {} attachments) in {} ms", shortSha(sha),
                    parsed.pageCount(), chunks.size(), parsed.attachments().size(), millis(start));
            carried.addAll(parsed.attachments());
            return new FileOutcome(file, Status.INDEXED, sha, parsed.pageCount(), chunks.size(), millis(start),
                    "Indexed: " + parsed.pageCount() + " pages, " + chunks.size() + " passages.");
        } catch (CancellationException e) {
            return new FileOutcome(file, Status.CANCELLED, sha, 0, 0, millis(start), "Cancelled; nothing of it was stored.");
        } catch (DocumentException e) {
            log.info("Document {} rejected: {}", shortSha(sha), e.reason());
            return new FileOutcome(file, Status.FAILED, sha, 0, 0, millis(start), e.reason());
        } catch (EngineException e) {
            log.warn("Ingest of document {} failed: {}", shortSha(sha), e.getMessage(), e);
            return new FileOutcome(file, Status.FAILED, sha, 0, 0, millis(start), e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.error("Unexpected failure while ingesting document {}", shortSha(sha), e);
            return new FileOutcome(file, Status.FAILED, sha, 0, 0, millis(start),
                    "could not be read because of an unexpected problem (details are in the log)");
        }
    }

    /** Without its original a document still works (the viewer shows its text), so a failed write only warns. */
    private void keepOriginal(SourceDocument source) {
        try {
            originals.put(source.sha256(), source.bytes());
        } catch (UncheckedIOException e) {
            log.warn("Could not keep the original of document {}; its pages will show as text", shortSha(source.sha256()), e);
        }
    }

    private StoredDocument add(NewDocument document, ParsedDocument parsed, List<ChunkDraft> chunks,
                               List<float[]> vectors) {
        try {
            return store.add(document, parsed.pages(), chunks, vectors);
        } catch (RuntimeException | Error e) {
            discardOriginal(document.sha256());
            throw e;
        }
    }

    /** Best effort: what stays behind is swept when the data folder is next opened. */
    private void discardOriginal(String sha) {
        try {
            if (store.findBySha256(sha).isEmpty()) {
                originals.delete(sha);
            }
        } catch (RuntimeException e) {
            log.debug("Could not discard the original of document {} now; the next open sweeps it", shortSha(sha), e);
        }
    }

    /**
     * The vector of every chunk, in order, in one call so the embedder plans the work of the whole document (a text
     * the document repeats word for word is embedded once; each chunk still gets a vector of its own).
     */
    private List<float[]> embed(Path file, List<ChunkDraft> chunks, IngestListener listener) {
        Embedder model = embedder.get();
        checkInterrupted();
        listener.stage(file, Stage.EMBEDDING, 0, chunks.size());
        List<String> texts = chunks.stream().map(ChunkDraft::text).toList();
        try {
            return model.embedPassages(texts, (done, total) ->
                    listener.stage(file, Stage.EMBEDDING, (long) done * chunks.size() / total, chunks.size()));
        } catch (CancellationException e) {
            // The embedder clears the interrupt it stopped for; the batch and its caller still need to see it.
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("ingest cancelled");
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String shortSha(String sha) {
        return sha == null ? "(unread)" : sha.substring(0, 12);
    }
}
