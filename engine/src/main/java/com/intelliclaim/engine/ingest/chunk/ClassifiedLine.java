package com.intelliclaim.engine.ingest.chunk;

/** A trimmed non-blank line at {@code [start, end)} of the document's joined text, with its classification. */
record ClassifiedLine(int start, int end, String text, LineInfo info) {
    LineKind kind() {
        return info.kind();
    }
}
