package com.intelliclaim.engine.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vectors of an {@link ExactVectorIndex} in slots 0..size-1: floats in fixed blocks of {@link #BLOCK_VECTORS}
 * vectors (growing never copies old vectors, and no block is large enough to fail allocation), ids in parallel
 * primitive arrays. Not thread-safe: the index guards it.
 */
final class VectorSlots {
    static final int BLOCK_VECTORS = 4096;

    private final int dimension;
    private final List<float[]> blocks = new ArrayList<>();
    private long[] chunkIds = new long[BLOCK_VECTORS];
    private long[] documentIds = new long[BLOCK_VECTORS];
    private final Map<Long, Integer> slotOfChunk = new HashMap<>();
    private int size;

    VectorSlots(int dimension) {
        this.dimension = dimension;
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

    int offset(int slot) {
        return (slot % BLOCK_VECTORS) * dimension;
    }

    /** Stores a copy of the vector, overwriting the chunk's slot when it is already present. */
    void put(long chunkId, long documentId, float[] vector) {
        Integer existing = slotOfChunk.get(chunkId);
        int slot = existing != null ? existing : append(chunkId);
        documentIds[slot] = documentId;
        System.arraycopy(vector, 0, block(slot), offset(slot), dimension);
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
        }
        return removed;
    }

    private int append(long chunkId) {
        int slot = size;
        if (slot == blocks.size() * BLOCK_VECTORS) {
            blocks.add(new float[BLOCK_VECTORS * dimension]);
        }
        if (slot == chunkIds.length) {
            chunkIds = Arrays.copyOf(chunkIds, chunkIds.length + BLOCK_VECTORS);
            documentIds = Arrays.copyOf(documentIds, documentIds.length + BLOCK_VECTORS);
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
        slotOfChunk.put(chunkIds[to], to);
    }
}
