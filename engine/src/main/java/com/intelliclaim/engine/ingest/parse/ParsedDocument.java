package com.intelliclaim.engine.ingest.parse;

import java.util.List;

/**
 * A document's text, page by page, in page order, the media type it was read as, and the files it carries (an
 * e-mail's attachments), which are ingested as documents of their own linked to it.
 */
public record ParsedDocument(String mediaType, List<PageText> pages, List<Attachment> attachments) {
    public ParsedDocument {
        pages = List.copyOf(pages);
        attachments = List.copyOf(attachments);
    }

    /** A document that carries no other files. */
    public ParsedDocument(String mediaType, List<PageText> pages) {
        this(mediaType, pages, List.of());
    }

    public int pageCount() {
        return pages.size();
    }
}
