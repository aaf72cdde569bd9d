package com.intelliclaim.app;

import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real engine for a test class, as a JUnit extension: opened on a data folder of its own with the sample policy
 * ({@link SamplePdfs#policy}, as {@code policy.pdf}) ingested before the class's {@code @BeforeAll} methods, closed
 * after its {@code @AfterAll} methods, its folder then removed. Register it on a static field:
 * {@code @RegisterExtension static final PolicyEngine policy = PolicyEngine.policy();}
 *
 * <p>The tests of the class share the engine and see what earlier tests left in it, as with a {@code @BeforeAll}
 * set-up. The folder ({@link #folder()}) holds the data folder ({@code data}) and the ingested files; tests may write
 * their own files there.
 */
public final class PolicyEngine implements BeforeAllCallback, AfterAllCallback {
    /** Writes files into the fixture's folder to be ingested together with the policy. */
    @FunctionalInterface
    public interface Documents {
        /** Writes the files into {@code folder} and returns them, in the order to ingest them after the policy. */
        List<Path> write(Path folder) throws IOException;
    }

    private final Documents more;
    private Path folder;
    private IntelliClaimEngine engine;

    private PolicyEngine(Documents more) {
        this.more = more;
    }

    /** An engine holding the sample policy alone. */
    public static PolicyEngine policy() {
        return new PolicyEngine(folder -> List.of());
    }

    /** An engine holding the sample policy and the files {@code more} writes, ingested in one call. */
    public static PolicyEngine policyAnd(Documents more) {
        return new PolicyEngine(more);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("intelliclaim-" + context.getRequiredTestClass().getSimpleName() + "-");
        List<Path> files = new ArrayList<>();
        files.add(SamplePdfs.policy(folder.resolve("policy.pdf")));
        files.addAll(more.write(folder));
        IntelliClaimEngine opened = IntelliClaimEngine.open(EngineConfig.at(folder.resolve("data")));
        try {
            opened.ingest(files, IngestListener.NONE);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        engine = opened;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (engine != null) {
                engine.close();
            }
        } finally {
            delete(folder);
        }
    }

    /** The open engine; only between the class's start and its end. */
    public IntelliClaimEngine engine() {
        started();
        return engine;
    }

    /** The fixture's own folder, holding the data folder and the ingested files. */
    public Path folder() {
        started();
        return folder;
    }

    private void started() {
        if (engine == null) {
            throw new IllegalStateException("PolicyEngine is used before its class started: register it with"
                    + " @RegisterExtension on a static field");
        }
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
