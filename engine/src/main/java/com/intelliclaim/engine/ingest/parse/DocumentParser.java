package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.DocumentException;

/**
 * Turns a file's bytes into text, page by page. Implementations are stateless and thread-safe.
 */
public interface DocumentParser {
    /**
     * Whether this parser reads the given source, judged by its content (magic bytes) first and its name second.
     */
    boolean accepts(SourceDocument source);

    /**
     * Extracts the text of every page, in order, with page numbers from 1.
     *
     * @throws DocumentException a subclass naming the reason (encrypted, corrupt, empty, no text layer …)
     */
    ParsedDocument parse(SourceDocument source) throws DocumentException;
}
