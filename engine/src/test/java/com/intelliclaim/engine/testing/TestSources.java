package com.intelliclaim.engine.testing;

import com.intelliclaim.engine.ingest.parse.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@link SourceDocument}s for tests, with their real SHA-256, named like files the analyst would add. */
public final class TestSources {
    private TestSources() {
    }

    /** A source of the given bytes named {@code name} (a bare file name or a path). */
    public static SourceDocument of(String name, byte[] bytes) {
        return new SourceDocument(Path.of(name), bytes.clone(), sha256(bytes));
    }

    /** A source holding {@code text} encoded as UTF-8 without a byte-order mark. */
    public static SourceDocument text(String name, String text) {
        return of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
