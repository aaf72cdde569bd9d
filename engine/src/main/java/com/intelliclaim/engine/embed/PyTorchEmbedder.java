package com.intelliclaim.engine.embed;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.InvalidQueryException;
import com.intelliclaim.engine.api.ModelLoadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Embedder} over a TorchScript sentence-embedding model run by DJL's PyTorch engine: texts are tokenized by
 * the model's own tokenizer (truncated to {@code model().maxTokens()}), grouped by length into padded batches, run
 * with libtorch's threads on every core, mean-pooled over the attention mask and normalised. Thread-safe; close it to
 * free the native model (calls after {@link #close()} throw {@link IllegalStateException}).
 */
public final class PyTorchEmbedder implements Embedder {
    /** Texts per padded batch; also how often cancellation is noticed. */
    static final int BATCH_SIZE = 16;
    private static final Logger LOG = LoggerFactory.getLogger(PyTorchEmbedder.class);

    private final EmbeddingModelInfo info;
    private final Model model;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTokenTypes;
    private final ExecutorService executor;
    // Embedding holds the read lock; close takes the write lock so the native model is never freed mid-run.
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private PyTorchEmbedder(EmbeddingModelInfo info, Model model, HuggingFaceTokenizer tokenizer,
            boolean takesTokenTypes) {
        this.info = info;
        this.model = model;
        this.tokenizer = tokenizer;
        this.takesTokenTypes = takesTokenTypes;
        this.executor = EmbedderThreads.newPool("pytorch");
    }

    /**
     * Loads the model folder's TorchScript file and tokenizer and checks the model on one text (a few seconds; the
     * first start of the engine on a machine also unpacks libtorch, about 450 MB). Throws {@link ModelLoadException}
     * when the engine cannot start, the file is not a TorchScript model, or its vectors are not the dimension its
     * config.json states.
     */
    public static PyTorchEmbedder load(TorchScriptModel source) {
        EmbeddingModelInfo info = source.info();
        long start = System.nanoTime();
        DjlRuntime.pytorch();
        HuggingFaceTokenizer tokenizer = null;
        Model model = null;
        try {
            tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(source.tokenizerFile())
                    .optAddSpecialTokens(true).optTruncation(true).optMaxLength(info.maxTokens())
                    .optPadding(false).build();
            model = Model.newInstance(info.id(), DjlRuntime.ENGINE);
            String file = source.modelFile().getFileName().toString();
            model.load(source.modelFile().getParent(), file.substring(0, file.length() - ".pt".length()));
            PyTorchEmbedder embedder = probe(info, model, tokenizer);
            LOG.info("Loaded embedding model {} from {} on PyTorch in {} ms ({} inputs)", info.id(),
                    source.modelFile(), (System.nanoTime() - start) / 1_000_000, embedder.takesTokenTypes ? 3 : 2);
            return embedder;
        } catch (IOException | MalformedModelException | RuntimeException | LinkageError e) {
            if (model != null) {
                model.close();
            }
            if (tokenizer != null) {
                tokenizer.close();
            }
            if (e instanceof ModelLoadException) {
                throw (ModelLoadException) e;
            }
            throw new ModelLoadException("The PyTorch embedding model " + source.modelFile() + " cannot be loaded: "
                    + "it is not a TorchScript sentence-embedding model this engine can run ("
                    + DjlRuntime.rootMessage(e) + ").", e);
        }
    }

    /**
     * The embedder for a model that runs on one text: BERT-like exports take token type ids as a third input, others
     * only ids and mask (TorchScript says which only when called). Checks the vector dimension against config.json.
     */
    private static PyTorchEmbedder probe(EmbeddingModelInfo info, Model model, HuggingFaceTokenizer tokenizer) {
        Encoding[] probe = {tokenizer.encode("dimension check")};
        PyTorchEmbedder embedder = new PyTorchEmbedder(info, model, tokenizer, true);
        float[] vector;
        try {
            vector = embedder.run(probe)[0];
        } catch (EngineException withTypes) {
            embedder.executor.shutdownNow();
            embedder = new PyTorchEmbedder(info, model, tokenizer, false);
            try {
                vector = embedder.run(probe)[0];
            } catch (EngineException withoutTypes) {
                embedder.executor.shutdownNow();
                withTypes.addSuppressed(withoutTypes);
                throw withTypes;
            }
        }
        if (vector.length != info.dimension()) {
            embedder.executor.shutdownNow();
            throw new ModelLoadException("The PyTorch embedding model " + info.id() + " gives vectors of "
                    + vector.length + " numbers, but its config.json says hidden_size " + info.dimension() + ".",
                    null);
        }
        return embedder;
    }

    @Override
    public EmbeddingModelInfo model() {
        return info;
    }

    /**
     * Unit-length vectors in input order. A blank text is refused with an {@link EngineException} naming its position;
     * a text longer than {@code model().maxTokens()} is embedded from its beginning; identical texts are embedded once.
     * Interruption is checked before every wave of batches: it clears the interrupt status and throws
     * {@link CancellationException}. Progress is told after every wave.
     */
    @Override
    public List<float[]> embedPassages(List<String> texts, EmbeddingProgress progress) {
        VectorChecks.requireTexts(texts);
        if (texts.isEmpty()) {
            return new ArrayList<>();
        }
        DistinctTexts distinct = DistinctTexts.of(texts);
        List<String> unique = distinct.texts();
        Encoding[] encodings = encode(unique);
        int[] lengths = Arrays.stream(encodings).mapToInt(e -> e.getIds().length).toArray();
        float[][] vectors = new float[unique.size()][];
        List<int[]> batches = LengthBatches.plan(lengths, BATCH_SIZE);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int done = 0;
        // One batch per core at a time (libtorch runs each on one thread): spinning OpenMP threads on a busy
        // machine cost more than they gave.
        for (int wave = 0; wave < batches.size(); wave += threads) {
            if (Thread.interrupted()) {
                throw new CancellationException("Embedding was cancelled after " + done + " of " + unique.size()
                        + " texts.");
            }
            List<int[]> running = batches.subList(wave, Math.min(batches.size(), wave + threads));
            List<float[][]> results = runAll(running, encodings, done, unique.size());
            for (int b = 0; b < running.size(); b++) {
                int[] batch = running.get(b);
                for (int i = 0; i < batch.length; i++) {
                    vectors[batch[i]] = results.get(b)[i];
                }
                done += batch.length;
            }
            progress.embedded(done, unique.size());
        }
        List<float[]> result = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String which = "text " + (i + 1) + " of " + texts.size();
            result.add(VectorChecks.unitLength(vectors[distinct.indexOf(i)], info.dimension(), info.id(), which));
        }
        return result;
    }

    private List<float[][]> runAll(List<int[]> batches, Encoding[] encodings, int done, int total) {
        List<Future<float[][]>> futures = new ArrayList<>();
        for (int[] batch : batches) {
            Encoding[] batchEncodings = new Encoding[batch.length];
            for (int i = 0; i < batch.length; i++) {
                batchEncodings[i] = encodings[batch[i]];
            }
            futures.add(executor.submit(() -> run(batchEncodings)));
        }
        List<float[][]> results = new ArrayList<>();
        try {
            for (Future<float[][]> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(false));
            throw new CancellationException("Embedding was cancelled after " + done + " of " + total + " texts.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new EngineException("The embedding model " + info.id() + " failed (" + e.getCause() + ").",
                    e.getCause());
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("The embedder for " + info.id() + " has been closed.", e);
        }
    }

    /** The unit-length vector of a question; no query prefix. A blank query is an InvalidQueryException. */
    @Override
    public float[] embedQuery(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("The question is empty; type a few words to search for.");
        }
        float[] vector = run(encode(List.of(text)))[0];
        return VectorChecks.unitLength(vector, info.dimension(), info.id(), "the question");
    }

    private Encoding[] encode(List<String> texts) {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return tokenizer.batchEncode(texts);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** One padded forward pass; rows in the order of the encodings. */
    private float[][] run(Encoding[] encodings) {
        int width = Arrays.stream(encodings).mapToInt(e -> e.getIds().length).max().orElse(0);
        long[][] ids = new long[encodings.length][width];
        long[][] mask = new long[encodings.length][width];
        long[][] types = new long[encodings.length][width];
        for (int i = 0; i < encodings.length; i++) {
            // Padding stays 0 with mask 0: attention ignores it and pooling leaves it out.
            System.arraycopy(encodings[i].getIds(), 0, ids[i], 0, encodings[i].getIds().length);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask[i], 0, encodings[i].getIds().length);
            System.arraycopy(encodings[i].getTypeIds(), 0, types[i], 0, encodings[i].getIds().length);
        }
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return forward(ids, mask, types);
        } catch (TranslateException | ai.djl.engine.EngineException | IllegalArgumentException e) {
            throw new EngineException("The embedding model " + info.id() + " failed on a batch of "
                    + encodings.length + " texts (" + DjlRuntime.rootMessage(e) + ").", e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private float[][] forward(long[][] ids, long[][] mask, long[][] types) throws TranslateException {
        try (NDManager manager = model.getNDManager().newSubManager();
             Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator())) {
            NDArray maskArray = manager.create(mask);
            NDList inputs = takesTokenTypes
                    ? new NDList(manager.create(ids), maskArray, manager.create(types))
                    : new NDList(manager.create(ids), maskArray);
            NDList outputs = predictor.predict(inputs);
            float[] flat = MeanPooling.pool(outputs.get(0), maskArray).toFloatArray();
            int dimension = flat.length / ids.length;
            float[][] rows = new float[ids.length][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = Arrays.copyOfRange(flat, i * dimension, (i + 1) * dimension);
            }
            return rows;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The embedder for " + info.id() + " has been closed.");
        }
    }

    /** Frees the native model and tokenizer. Idempotent. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            executor.shutdownNow();
            model.close();
            tokenizer.close();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }
}
