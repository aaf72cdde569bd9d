package com.intelliclaim.engine.embed;

import ai.djl.engine.Engine;
import com.intelliclaim.engine.api.ModelLoadException;

/**
 * Starts DJL's PyTorch engine the way the application needs it: offline (DJL never downloads libtorch or a model;
 * libtorch comes from the {@code pytorch-native-cpu} jar on the class path), with one intra-op thread (the embedder runs one batch per core), and
 * without the TorchScript profiling executor, which re-optimises the graph for every new batch shape (our batches
 * vary in length). A setting the user gave as a system property is left alone.
 */
final class DjlRuntime {
    static final String ENGINE = "PyTorch";
    /** The optional component that holds libtorch (about 112 MB packed, 448 MB unpacked on first use). */
    static final String NATIVE_JAR = "pytorch-native-cpu-2.7.1-linux-x86_64.jar";

    private DjlRuntime() {
    }

    /** The PyTorch engine, started once per JVM; a {@link ModelLoadException} saying what is missing otherwise. */
    static synchronized Engine pytorch() {
        setDefault("ai.djl.offline", "true");
        setDefault("ai.djl.pytorch.graph_optimizer", "false");
        setDefault("ai.djl.pytorch.num_threads", "1");
        setDefault("ai.djl.pytorch.num_interop_threads", "1");
        try {
            return Engine.getEngine(ENGINE);
        } catch (RuntimeException | LinkageError e) {
            throw new ModelLoadException("The PyTorch engine cannot start, so the PyTorch embedder is not available "
                    + "(" + rootMessage(e) + "). It needs libtorch, the optional component " + NATIVE_JAR
                    + " in the application's lib folder, on Linux x86-64; or use the bundled ONNX embedder.", e);
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The innermost cause's message (DJL wraps native errors two or three times, repeating the text). */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
