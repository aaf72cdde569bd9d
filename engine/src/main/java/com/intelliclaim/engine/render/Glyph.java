package com.intelliclaim.engine.render;

/**
 * One drawn character (or ligature) of a page: its text and its box in page points from the top-left corner, with
 * the baseline it sits on.
 */
record Glyph(String text, float x, float top, float width, float baseline, float bottom) {
}
