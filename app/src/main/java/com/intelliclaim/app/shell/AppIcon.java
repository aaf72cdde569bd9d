package com.intelliclaim.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application icon at the sizes a window manager picks from (rendered from {@code icons/intelliclaim.svg} by
 * {@code icons/build-icons.sh} into the app's resources).
 */
public final class AppIcon {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** Every size, smallest first. */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            images.add(image(size));
        }
        return images;
    }

    /** One size of the icon; {@code size} must be one of {@link #SIZES}. */
    public static Image image(int size) {
        String name = "/com/intelliclaim/app/icons/intelliclaim-" + size + ".png";
        try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("There is no " + size + " px application icon (" + name + ").");
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The application icon " + name + " could not be read", e);
        }
    }
}
