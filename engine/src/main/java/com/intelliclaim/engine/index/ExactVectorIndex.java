package com.intelliclaim.engine.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Exact nearest-neighbour search: every stored vector is scored against the query. At desktop sizes (up to a few
 * hundred thousand chunks) this is fast enough and needs no build time. Uses the Vector API when the
 * {@code jdk.incubator.vector} module is present, plain loops otherwise.
 * <p>
 * With the Vector API, each vector is also kept as 8-bit codes ({@link Int8Codes}); a search first scans the codes
 * (a quarter of the memory traffic) for a shortlist of {@code max(8k, 100)}, then rescores the shortlist with the
 * floats, so the scores returned are exact. The result is also provably the exact top k: the codes' error bound says
 * how much better than the shortlist's worst a vector left out could really be, and when the k-th exact score does
 * not clear that, the floats are scanned in full instead (rare: see {@link #fullRescans()}).
 * <p>
 * Above {@link #PARALLEL_THRESHOLD} vectors a
 * search is split in as many parts as there are cores: the caller's thread scores one part, the others run on
 * {@link ForkJoinPool#commonPool()} (chosen because this index has no close method that could stop a pool of its own).
 * Thread-safe: searches share a read lock, writes take the write lock.
 */
public final class ExactVectorIndex implements VectorIndex {
    /**
     * Above this many vectors a search is split over the cores. Below it one core scans while the hybrid retriever's
     * BM25 search runs on the other: measured at 100k chunks, splitting then only made the two compete (p95 of a
     * hybrid query 21.5 ms split, 19.4 ms not).
     */
    static final int PARALLEL_THRESHOLD = 250_000;

    /** The shortlist of the 8-bit pass is this many times k ... */
    static final int SHORTLIST_FACTOR = 8;
    /** ... and at least this long. */
    static final int MIN_SHORTLIST = 100;

    private final int dimension;
    private final int parallelThreshold;
    private final DotKernel kernel;
    private final CodeDotKernel codeKernel;
    private final VectorSlots slots;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicLong fullRescans = new AtomicLong();

    /** An empty index of vectors with the given dimension, using the fastest kernels this runtime supports. */
    public ExactVectorIndex(int dimension) {
        this(dimension, DotKernels.bestScan(PARALLEL_THRESHOLD));
    }

    /** Floats only, with the given kernel. */
    ExactVectorIndex(int dimension, DotKernel kernel) {
        this(dimension, ScanKernels.exactOnly(kernel, PARALLEL_THRESHOLD));
    }

    /** Floats only, with the given kernel, split above the given size. */
    ExactVectorIndex(int dimension, DotKernel kernel, int parallelThreshold) {
        this(dimension, ScanKernels.exactOnly(kernel, parallelThreshold));
    }

    ExactVectorIndex(int dimension, ScanKernels kernels) {
        if (dimension < 1) {
            throw new IllegalArgumentException("Vector dimension must be positive, was " + dimension);
        }
        this.dimension = dimension;
        this.kernel = kernels.exact();
        this.codeKernel = kernels.codes();
        this.parallelThreshold = kernels.parallelThreshold();
        this.slots = new VectorSlots(dimension, kernels.usesCodes());
    }

    /** The vector dimension this index accepts. */
    public int dimension() {
        return dimension;
    }

    /** The number of vectors held. */
    public int size() {
        lock.readLock().lock();
        try {
            return slots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** "simd" or "plain": which dot-product kernel searches use; "+int8" when an 8-bit pass comes first. */
    public String kernelName() {
        return kernel.name() + (codeKernel != null ? "+int8" : "");
    }

    /** How many searches found the 8-bit shortlist not provably exact and scanned the floats in full. */
    long fullRescans() {
        return fullRescans.get();
    }

    /** Stores a copy of the vector; throws IllegalArgumentException if its length is not {@link #dimension()}. */
    @Override
    public void add(long chunkId, long documentId, float[] vector) {
        checkDimension(vector, "vector of chunk " + chunkId);
        lock.writeLock().lock();
        try {
            slots.put(chunkId, documentId, vector);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void removeDocument(long documentId) {
        lock.writeLock().lock();
        try {
            slots.removeDocument(documentId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Best first by dot product (ties by insertion order); at most k results. Throws IllegalArgumentException for
     * k &lt; 1 or a query of the wrong length.
     */
    @Override
    public List<ScoredChunk> search(float[] query, int k, DocumentFilter filter) {
        checkDimension(query, "query vector");
        Objects.requireNonNull(filter, "filter");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        lock.readLock().lock();
        try {
            TopK best = codeKernel != null ? shortlistThenRescore(query, k, filter) : scoreAll(query, k, filter, false);
            int[] ordered = best.sortedSlots();
            float[] scores = best.sortedScores();
            List<ScoredChunk> result = new ArrayList<>(ordered.length);
            for (int i = 0; i < ordered.length; i++) {
                result.add(new ScoredChunk(slots.chunkId(ordered[i]), scores[i]));
            }
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    private TopK shortlistThenRescore(float[] query, int k, DocumentFilter filter) {
        int shortlistLength = Math.max(MIN_SHORTLIST, (int) Math.min(Integer.MAX_VALUE, (long) k * SHORTLIST_FACTOR));
        if (slots.size() <= shortlistLength) {
            return scoreAll(query, k, filter, false);
        }
        TopK shortlist = scoreAll(query, shortlistLength, filter, true);
        TopK best = new TopK(k);
        for (int i = 0; i < shortlist.size(); i++) {
            int slot = shortlist.slotAt(i);
            best.offer(kernel.dot(slots.block(slot), slots.offset(slot), query), slot);
        }
        if (!shortlist.isFull() || best.worstScore() > shortlist.worstScore() + errorBound(query)) {
            // Every vector left out scored at most the shortlist's worst by its codes, so at most that plus the bound
            // exactly: below the k-th exact score (or nothing was left out).
            return best;
        }
        fullRescans.incrementAndGet();
        return scoreAll(query, k, filter, false);
    }

    /**
     * How much a vector's exact dot product can exceed its 8-bit estimate: half a code step per component
     * ({@link Int8Codes}), plus room for float rounding in both sums. NaN (never cleared) when a vector was not finite.
     */
    private float errorBound(float[] query) {
        float scaled = slots.maxScale() * Int8Codes.l1Norm(query);
        return scaled * (0.5f + dimension * 2e-5f) + 1e-4f;
    }

    private TopK scoreAll(float[] query, int k, DocumentFilter filter, boolean codes) {
        int size = slots.size();
        int parts = size > parallelThreshold ? Runtime.getRuntime().availableProcessors() : 1;
        if (parts <= 1) {
            return scoreRange(query, k, filter, 0, size, codes);
        }
        int step = (size + parts - 1) / parts;
        List<CompletableFuture<TopK>> others = new ArrayList<>();
        for (int from = step; from < size; from += step) {
            int start = from;
            int end = Math.min(size, from + step);
            others.add(CompletableFuture.supplyAsync(() -> scoreRange(query, k, filter, start, end, codes),
                    ForkJoinPool.commonPool()));
        }
        TopK best = scoreRange(query, k, filter, 0, Math.min(size, step), codes);
        for (CompletableFuture<TopK> other : others) {
            best.addAll(other.join());
        }
        return best;
    }

    private TopK scoreRange(float[] query, int k, DocumentFilter filter, int from, int to, boolean codes) {
        TopK best = new TopK(k);
        boolean all = filter.isAll();
        long lastDocument = Long.MIN_VALUE;
        boolean lastAccepted = all || filter.accepts(lastDocument);
        for (int slot = from; slot < to; slot++) {
            if (!all) {
                long document = slots.documentId(slot);
                // A document's vectors are mostly adjacent: ask the (boxing) filter once per run of them.
                if (document != lastDocument) {
                    lastDocument = document;
                    lastAccepted = filter.accepts(document);
                }
                if (!lastAccepted) {
                    continue;
                }
            }
            float score = codes
                    ? slots.scale(slot) * codeKernel.dot(slots.codeBlock(slot), slots.offset(slot), query)
                    : kernel.dot(slots.block(slot), slots.offset(slot), query);
            best.offer(score, slot);
        }
        return best;
    }

    private void checkDimension(float[] vector, String what) {
        Objects.requireNonNull(vector, what);
        if (vector.length != dimension) {
            throw new IllegalArgumentException("The " + what + " has " + vector.length + " dimensions; this index holds "
                    + dimension + ".");
        }
    }
}
