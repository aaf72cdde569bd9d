package com.intelliclaim.engine.api;

/**
 * A rectangle on a PDF page in points (1/72 inch), measured from the page's top-left corner with y growing downwards
 * — the way the page is drawn on screen, so multiplying by the render scale gives pixels.
 */
public record TextBox(float x, float y, float width, float height) {
    public TextBox {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("A text box needs a non-negative size, not " + width + " x " + height + ".");
        }
    }

    /** This box scaled to the pixels of a page rendered at {@code scale} pixels per point. */
    public TextBox scaled(double scale) {
        return new TextBox((float) (x * scale), (float) (y * scale), (float) (width * scale), (float) (height * scale));
    }
}
