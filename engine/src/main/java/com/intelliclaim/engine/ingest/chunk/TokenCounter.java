package com.intelliclaim.engine.ingest.chunk;

/** Counts the model's word-piece tokens in a text (without special tokens). Thread-safe. */
@FunctionalInterface
public interface TokenCounter {
    int count(String text);
}
