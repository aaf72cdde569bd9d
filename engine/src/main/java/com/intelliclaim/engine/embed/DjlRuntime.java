package com.intelliclaim.engine.embed;

import ai.djl.engine.Engine;
import com.intelliclaim.engine.api.ModelLoadException;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
    /** The resource by which DJL finds libtorch in {@link #NATIVE_JAR}. */
    static final String NATIVE_MARKER = "native/lib/pytorch.properties";
    /** Where DJL takes libtorch from instead, when set (a system property or the environment). */
    static final String LIBRARY_PATH = "PYTORCH_LIBRARY_PATH";

    private DjlRuntime() {
    }

    /**
     * Why the PyTorch engine cannot start in this JVM, found without starting it (starting unpacks 448 MB): empty when
     * libtorch is on the class path (the {@link #NATIVE_JAR} component) or {@link #LIBRARY_PATH} names it.
     */
    static Optional<String> missingRuntime() {
        return missingRuntime(DjlRuntime.class.getClassLoader(),
                name -> System.getProperty(name, System.getenv(name)));
    }

    static Optional<String> missingRuntime(ClassLoader classes, UnaryOperator<String> settings) {
        String libraryPath = settings.apply(LIBRARY_PATH);
        if (classes.getResource(NATIVE_MARKER) != null || (libraryPath != null && !libraryPath.isBlank())) {
            return Optional.empty();
        }
        return Optional.of("The PyTorch engine is not part of this installation: libtorch, the optional component "
                + NATIVE_JAR + ", is not in the application's lib folder, so a TorchScript model cannot run here."
                + " Keep a bundled model, or set " + LIBRARY_PATH + " to a libtorch 2.7.1 folder.");
    }

    /** The PyTorch engine, started once per JVM; a {@link ModelLoadException} saying what is missing otherwise. */
    static synchronized Engine pytorch() {
        Optional<String> missing = missingRuntime();
        if (missing.isPresent()) {
            throw new ModelLoadException(missing.get());
        }
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
