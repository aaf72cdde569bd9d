package com.intelliclaim.engine.embed;

import com.intelliclaim.engine.api.ModelLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a model file that ships inside a jar, failing with a message that names the model and the file. */
final class ModelResources {
    private ModelResources() {
    }

    static byte[] read(Class<?> jarAnchor, String resource, String modelId) {
        try (InputStream in = jarAnchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelLoadException("The embedding model " + modelId + " cannot be loaded: its file "
                        + resource.substring(1) + " is missing from the application. Reinstall the application.",
                        null);
            }
            return in.readAllBytes();
        } catch (IOException | UncheckedIOException e) {
            throw new ModelLoadException("The embedding model " + modelId + " cannot be loaded: its file "
                    + resource.substring(1) + " could not be read (" + e.getMessage() + ").", e);
        }
    }
}
