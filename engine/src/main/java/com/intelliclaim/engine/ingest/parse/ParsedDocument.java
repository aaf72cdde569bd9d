package com.intelliclaim.engine.ingest.parse;

import java.util.List;

/** A document's text, page by page, in page order, and the media type it was read as. */
public record ParsedDocument(String mediaType, List<PageText> pages) {
    public ParsedDocument {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }
}
