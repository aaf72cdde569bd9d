package com.intelliclaim.engine.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Embedder} over a model bundled as ONNX, run in-process by ONNX Runtime: each text is its own run (no
 * padding, so its vector never depends on the other texts), one text per core at a time, longest first so that no
 * core idles at the end while the other finishes a long text; identical texts in one call are embedded once. Every
 * vector is checked and normalised before it is returned. Thread-safe; close it to free the native session and the
 * threads (calls after {@link #close()} throw {@link IllegalStateException}).
 */
public final class OnnxEmbedder implements Embedder {
    /**
     * Texts per round: the calling thread checks for cancellation between rounds (about half a second on two cores);
     * the worker threads also stop between texts once the caller is interrupted.
     */
    static final int BATCH_SIZE = 64;
    private static final Logger LOG = LoggerFactory.getLogger(OnnxEmbedder.class);

    private final EmbeddingModelInfo info;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final OnnxTextEncoder encoder;
    private final ExecutorService executor;
    private final int threads;
    // Embedding holds the read lock; close takes the write lock so the native session is never freed mid-run.
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private OnnxEmbedder(EmbeddingModelInfo info, OnnxModelLoader.Loaded loaded) {
        this.info = info;
        this.session = loaded.session();
        this.tokenizer = loaded.tokenizer();
        this.encoder = loaded.encoder();
        this.threads = EmbedderThreads.count();
        this.executor = EmbedderThreads.newPool(info.id());
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
     * Interruption is checked before every round of {@value #BATCH_SIZE} texts: it clears the interrupt status and
     * throws {@link CancellationException}. Progress is told after every round.
     */
    @Override
    public List<float[]> embedPassages(List<String> texts, EmbeddingProgress progress) {
        VectorChecks.requireTexts(texts);
        DistinctTexts distinct = DistinctTexts.of(texts);
        List<String> unique = distinct.texts();
        int[] order = distinct.longestFirst();
        float[][] vectors = new float[unique.size()][];
        for (int from = 0; from < order.length; from += BATCH_SIZE) {
            if (Thread.interrupted()) {
                throw new CancellationException("Embedding was cancelled after " + from + " of " + texts.size()
                        + " texts.");
            }
            int to = Math.min(order.length, from + BATCH_SIZE);
            run(unique, order, from, to, vectors);
            progress.embedded(to, order.length);
        }
        List<float[]> result = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int which = distinct.indexOf(i);
            String name = "text " + (i + 1) + " of " + texts.size();
            result.add(VectorChecks.unitLength(vectors[which], info.dimension(), info.id(), name));
        }
        return result;
    }

    /** The unit-length vector of a question; MiniLM uses no query prefix. A blank query is an InvalidQueryException. */
    @Override
    public float[] embedQuery(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("The question is empty; type a few words to search for.");
        }
        float[][] vector = new float[1][];
        run(List.of(text), new int[] {0}, 0, 1, vector);
        return VectorChecks.unitLength(vector[0], info.dimension(), info.id(), "the question");
    }

    /** Embeds {@code texts[order[from..to)]} into {@code vectors} on the worker threads, which take texts in order. */
    private void run(List<String> texts, int[] order, int from, int to, float[][] vectors) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The embedder for " + info.id() + " has been closed.");
            }
            if (to - from == 1) {
                vectors[order[from]] = encode(texts.get(order[from]), order[from], texts.size());
                return;
            }
            AtomicInteger next = new AtomicInteger(from);
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<?>> workers = new ArrayList<>(threads);
            for (int t = 0; t < Math.min(threads, to - from); t++) {
                workers.add(executor.submit(() -> {
                    for (int k = next.getAndIncrement(); k < to && !stop.get(); k = next.getAndIncrement()) {
                        vectors[order[k]] = encode(texts.get(order[k]), order[k], texts.size());
                    }
                }));
            }
            await(workers, stop, from, texts.size());
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void await(List<Future<?>> workers, AtomicBoolean stop, int done, int total) {
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            workers.forEach(w -> w.cancel(false));
            throw new CancellationException("Embedding was cancelled after " + done + " of " + total + " texts.");
        } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new EngineException("The embedding model " + info.id() + " failed (" + e.getCause() + ").",
                    e.getCause());
        }
    }

    private float[] encode(String text, int index, int total) {
        try {
            return encoder.encode(text);
        } catch (OrtException | RuntimeException e) {
            throw new EngineException("The embedding model " + info.id() + " failed on text " + (index + 1) + " of "
                    + total + " (" + e.getMessage() + ").", e);
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
            tokenizer.close();
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
