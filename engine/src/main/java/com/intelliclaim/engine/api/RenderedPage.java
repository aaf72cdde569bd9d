package com.intelliclaim.engine.api;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One rendered page of a kept PDF: the image, the scale it was actually drawn at (pixels per point; lower than asked
 * when the pixel budget required it), the page's size in points, how many pages the document has, and where the
 * cited words are on it — one box per line of text, in page points; empty when they were not asked for or not found
 * ({@link #citedFound()} tells which).
 */
public record RenderedPage(
        BufferedImage image,
        int page,
        int pageCount,
        double scale,
        float widthPoints,
        float heightPoints,
        List<TextBox> cited,
        boolean citedFound) {
    public RenderedPage {
        cited = List.copyOf(cited);
    }
}
