package com.intelliclaim.app.eval;

/** What scoring needs of a retrieved passage: its document and page range. */
public record PageHit(String documentSha256, int page, int pageEnd) {
}
