package com.intelliclaim.engine.store;

/** Receives every stored chunk with its vector when the derived indexes are rebuilt. */
@FunctionalInterface
public interface ChunkVisitor {
    void visit(StoredChunk chunk, float[] vector);
}
