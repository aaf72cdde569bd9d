package com.intelliclaim.app.ask;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Copies an AWT image into a JavaFX one row by row (what SwingFXUtils does, without the javafx-swing module), so
 * no second full-size pixel array is held. Safe off the UI thread: the new image is not yet in a scene.
 */
final class FxImages {
    private FxImages() {
    }

    static WritableImage of(BufferedImage source) {
        int width = source.getWidth();
        int height = source.getHeight();
        WritableImage image = new WritableImage(width, height);
        PixelWriter writer = image.getPixelWriter();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            source.getRGB(0, y, width, 1, row, 0, width);
            writer.setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
        }
        return image;
    }
}
