package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whether the PyTorch engine can start is told without starting it: from libtorch's component on the class path or
 * from PYTORCH_LIBRARY_PATH. The installers leave the component out, which an empty class loader stands for here.
 */
class DjlRuntimeTest {
    private static final ClassLoader WITHOUT_LIBTORCH = new URLClassLoader(new URL[0], null);

    @Test
    void theDevelopmentClassPathCarriesLibtorch() {
        assertThat(DjlRuntime.missingRuntime()).isEmpty();
        assertThat(TorchScriptModel.runtimeMissing()).isEmpty();
    }

    @Test
    void withoutTheComponentTheReasonNamesItAndTheWayOut() {
        assertThat(DjlRuntime.missingRuntime(WITHOUT_LIBTORCH, name -> null)).get().asString()
                .contains("not part of this installation")
                .contains(DjlRuntime.NATIVE_JAR)
                .contains("Keep a bundled model")
                .contains("PYTORCH_LIBRARY_PATH");
    }

    @Test
    void aLibraryPathStandsInForTheComponentButABlankOneDoesNot() {
        assertThat(DjlRuntime.missingRuntime(WITHOUT_LIBTORCH,
                Map.of("PYTORCH_LIBRARY_PATH", "/opt/libtorch/lib")::get)).isEmpty();
        assertThat(DjlRuntime.missingRuntime(WITHOUT_LIBTORCH, Map.of("PYTORCH_LIBRARY_PATH", " ")::get)).isPresent();
    }
}
