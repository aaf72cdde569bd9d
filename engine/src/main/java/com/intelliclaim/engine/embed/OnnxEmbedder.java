package com.intelliclaim.engine.embed;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.InvalidQueryException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Embedder} over a model bundled as ONNX, run in-process by ONNX Runtime: texts are embedded in batches, one
 * text per core at a time, and every vector is checked and normalised before it is returned. Thread-safe; close it
 * to free the native session and the threads (calls after {@link #close()} throw {@link IllegalStateException}).
 */
public final class OnnxEmbedder implements Embedder {
    /**
     * Texts per embedAll call: large enough to keep both cores busy (each call ends with one core idle while the
     * other finishes the last text), small enough to notice cancellation soon (about half a second on two cores).
     */
    static final int BATCH_SIZE = 64;
    private static final Logger LOG = LoggerFactory.getLogger(OnnxEmbedder.class);

    private final EmbeddingModelInfo info;
    private final OrtSession session;
    private final ExecutorService executor;
    private final OrtEmbeddingModel model;
    // Embedding holds the read lock; close takes the write lock so the native session is never freed mid-run.
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private OnnxEmbedder(EmbeddingModelInfo info, OnnxModelLoader.Loaded loaded) {
        this.info = info;
        this.session = loaded.session();
        this.executor = EmbedderThreads.newPool(info.id());
        this.model = new OrtEmbeddingModel(loaded.encoder(), info.dimension(), executor);
    }

    /**
     * Loads a bundled model (about a second for the quantised one). Throws
     * {@link com.intelliclaim.engine.api.ModelLoadException} when its files are missing or the ONNX runtime cannot
     * use them.
     */
    public static OnnxEmbedder load(BundledModel bundled) {
        EmbeddingModelInfo info = bundled.info();
        long start = System.nanoTime();
        OnnxModelLoader.Loaded loaded = OnnxModelLoader.load(info.id(), bundled.jarAnchor(), bundled.onnxResource(),
                bundled.tokenizerResource(), info.maxTokens());
        LOG.info("Loaded embedding model {} in {} ms", info.id(), (System.nanoTime() - start) / 1_000_000);
        return new OnnxEmbedder(info, loaded);
    }

    @Override
    public EmbeddingModelInfo model() {
        return info;
    }

    /**
     * Unit-length vectors in input order. A blank text is refused with an {@link EngineException} naming its position
     * (there is nothing to embed); a text longer than {@code model().maxTokens()} is embedded from its beginning.
     * Interruption is checked before every batch: it clears the interrupt status and throws
     * {@link CancellationException}.
     */
    @Override
    public List<float[]> embedPassages(List<String> texts) {
        VectorChecks.requireTexts(texts);
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH_SIZE) {
            if (Thread.interrupted()) {
                throw new CancellationException("Embedding was cancelled after " + from + " of " + texts.size()
                        + " texts.");
            }
            int to = Math.min(texts.size(), from + BATCH_SIZE);
            List<Embedding> batch = embedBatch(texts.subList(from, to), from, texts.size());
            for (int i = 0; i < batch.size(); i++) {
                String which = "text " + (from + i + 1) + " of " + texts.size();
                vectors.add(VectorChecks.unitLength(batch.get(i).vector(), info.dimension(), info.id(), which));
            }
        }
        return vectors;
    }

    /** The unit-length vector of a question; MiniLM uses no query prefix. A blank query is an InvalidQueryException. */
    @Override
    public float[] embedQuery(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("The question is empty; type a few words to search for.");
        }
        List<Embedding> result = embedBatch(List.of(text), 0, 1);
        return VectorChecks.unitLength(result.get(0).vector(), info.dimension(), info.id(), "the question");
    }

    private List<Embedding> embedBatch(List<String> texts, int offset, int total) {
        // Longest first: the threads take texts in order, so the batch ends on a short text rather than leaving one
        // core idle while the other finishes a long one. Each text is its own ONNX run, so its vector is the same in
        // any order or batch.
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(texts.get(b).length(), texts.get(a).length()));
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (int i : order) {
            segments.add(TextSegment.from(texts.get(i)));
        }
        Embedding[] inInputOrder = new Embedding[texts.size()];
        List<Embedding> inRunOrder = runModel(segments, offset, total);
        for (int i = 0; i < order.length; i++) {
            inInputOrder[order[i]] = inRunOrder.get(i);
        }
        return Arrays.asList(inInputOrder);
    }

    private List<Embedding> runModel(List<TextSegment> segments, int offset, int total) {
        int count = segments.size();
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The embedder for " + info.id() + " has been closed.");
            }
            List<Embedding> embeddings = model.embedAll(segments).content();
            if (embeddings.size() != count) {
                throw new EngineException("The embedding model " + info.id() + " returned " + embeddings.size()
                        + " vectors for " + count + " texts.");
            }
            return embeddings;
        } catch (RuntimeException e) {
            if (e instanceof EngineException || e instanceof IllegalStateException) {
                throw e;
            }
            if (Thread.interrupted() || e.getCause() instanceof InterruptedException) {
                // langchain4j re-sets the interrupt flag and wraps the InterruptedException; report it as a cancel.
                throw new CancellationException("Embedding was cancelled after " + offset + " of " + total
                        + " texts.");
            }
            throw new EngineException("The embedding model " + info.id() + " failed on texts " + (offset + 1) + " to "
                    + (offset + count) + " of " + total + " (" + e.getMessage() + ").", e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Stops the threads and frees the native session. Idempotent. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            executor.shutdownNow();
            awaitThreads();
            session.close();
        } catch (OrtException e) {
            LOG.warn("Closing the ONNX session of {} failed", info.id(), e);
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private void awaitThreads() {
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Embedding threads of {} did not stop within 10 s", info.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
