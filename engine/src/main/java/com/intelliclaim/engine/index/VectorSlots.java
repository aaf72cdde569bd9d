package com.intelliclaim.engine.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vectors of an {@link ExactVectorIndex} in slots 0..size-1: floats in fixed blocks of {@link #BLOCK_VECTORS}
 * vectors (growing never copies old vectors, and no block is large enough to fail allocation), ids in parallel
 * primitive arrays. When asked, each vector is also kept as 8-bit codes ({@link Int8Codes}) in blocks of the same
 * layout, with its scale: a quarter of the floats' memory. Not thread-safe: the index guards it.
 */
final class VectorSlots {
    static final int BLOCK_VECTORS = 4096;

    private final int dimension;
    private final boolean withCodes;
    private final List<float[]> blocks = new ArrayList<>();
    private final List<byte[]> codeBlocks = new ArrayList<>();
    private float[] scales = new float[0];
    private float maxScale;
    private long[] chunkIds = new long[BLOCK_VECTORS];
    private long[] documentIds = new long[BLOCK_VECTORS];
    private final Map<Long, Integer> slotOfChunk = new HashMap<>();
    private int size;

    VectorSlots(int dimension, boolean withCodes) {
        this.dimension = dimension;
        this.withCodes = withCodes;
        if (withCodes) {
            scales = new float[BLOCK_VECTORS];
        }
    }

    int size() {
        return size;
    }

    long chunkId(int slot) {
        return chunkIds[slot];
    }

    long documentId(int slot) {
        return documentIds[slot];
    }

    float[] block(int slot) {
        return blocks.get(slot / BLOCK_VECTORS);
    }

    /** The block of 8-bit codes holding the slot (same {@link #offset} as the floats); only when kept. */
    byte[] codeBlock(int slot) {
        return codeBlocks.get(slot / BLOCK_VECTORS);
    }

    /** The scale of the slot's codes: its approximate dot product is scale × Σ code·query. */
    float scale(int slot) {
        return scales[slot];
    }

    /**
     * At least the largest scale of any slot (removals do not lower it, which only loosens the error bound), NaN
     * when a vector was not finite.
     */
    float maxScale() {
        return maxScale;
    }

    int offset(int slot) {
        return (slot % BLOCK_VECTORS) * dimension;
    }

    /** Stores a copy of the vector, overwriting the chunk's slot when it is already present. */
    void put(long chunkId, long documentId, float[] vector) {
        Integer existing = slotOfChunk.get(chunkId);
        int slot = existing != null ? existing : append(chunkId);
        documentIds[slot] = documentId;
        System.arraycopy(vector, 0, block(slot), offset(slot), dimension);
        if (withCodes) {
            float scale = Int8Codes.encode(vector, codeBlock(slot), offset(slot));
            scales[slot] = scale;
            maxScale = Float.isNaN(scale) || Float.isNaN(maxScale) ? Float.NaN : Math.max(maxScale, scale);
        }
    }

    /** Removes the document's vectors, moving later vectors down so the slots stay contiguous. */
    int removeDocument(long documentId) {
        int kept = 0;
        for (int slot = 0; slot < size; slot++) {
            if (documentIds[slot] == documentId) {
                slotOfChunk.remove(chunkIds[slot]);
                continue;
            }
            if (kept != slot) {
                moveSlot(slot, kept);
            }
            kept++;
        }
        int removed = size - kept;
        size = kept;
        while (blocks.size() * BLOCK_VECTORS - size >= BLOCK_VECTORS) {
            blocks.remove(blocks.size() - 1);
            if (withCodes) {
                codeBlocks.remove(codeBlocks.size() - 1);
            }
        }
        return removed;
    }

    private int append(long chunkId) {
        int slot = size;
        if (slot == blocks.size() * BLOCK_VECTORS) {
            blocks.add(new float[BLOCK_VECTORS * dimension]);
            if (withCodes) {
                codeBlocks.add(new byte[BLOCK_VECTORS * dimension]);
            }
        }
        if (slot == chunkIds.length) {
            chunkIds = Arrays.copyOf(chunkIds, chunkIds.length + BLOCK_VECTORS);
            documentIds = Arrays.copyOf(documentIds, documentIds.length + BLOCK_VECTORS);
            if (withCodes) {
                scales = Arrays.copyOf(scales, scales.length + BLOCK_VECTORS);
            }
        }
        chunkIds[slot] = chunkId;
        slotOfChunk.put(chunkId, slot);
        size++;
        return slot;
    }

    private void moveSlot(int from, int to) {
        System.arraycopy(block(from), offset(from), block(to), offset(to), dimension);
        chunkIds[to] = chunkIds[from];
        documentIds[to] = documentIds[from];
        if (withCodes) {
            System.arraycopy(codeBlock(from), offset(from), codeBlock(to), offset(to), dimension);
            scales[to] = scales[from];
        }
        slotOfChunk.put(chunkIds[to], to);
    }
}
