package com.intelliclaim.app.ask;

import com.intelliclaim.engine.api.TextBox;
import java.util.List;
import javafx.scene.image.Image;

/**
 * A page drawn from the kept PDF, ready to show: the image, the scale it was drawn at (pixels per point), the cited
 * words' boxes in image pixels, and whether the words were looked for but not found on it.
 */
record DrawnPage(int page, Image image, double scale, float widthPoints, List<TextBox> highlights,
                 boolean citedMissing) {
    DrawnPage {
        highlights = List.copyOf(highlights);
    }

    long pixels() {
        return (long) image.getWidth() * (long) image.getHeight();
    }
}
