package com.intelliclaim.engine.api;

/**
 * A page of a kept original to render: the document's SHA-256, the page number (from 1), the scale in pixels per
 * point (1.0 is 72 dpi; the renderer may lower it to stay within its pixel budget), and the cited words to find on
 * it ({@code null} or blank to find nothing).
 */
public record PageRequest(String sha256, int page, double scale, String citedText) {
    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1, not " + page + ".");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("The render scale must be a positive number, not " + scale + ".");
        }
    }
}
