package com.intelliclaim.app.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IVersionProvider;

/** The product version ({@link ProductVersion}) from the app jar's manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    private static final String VERSION = find();

    public static String version() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"IntelliClaim " + version(), "Java " + System.getProperty("java.version")};
    }

    private static String find() {
        String maven = VersionProvider.class.getPackage().getImplementationVersion();
        return ProductVersion.describe(maven, maven == null ? null : buildTime());
    }

    /** The manifest's Build-Time of the jar this class came from, or null. */
    private static String buildTime() {
        try {
            CodeSource source = VersionProvider.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return null;
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                return manifest == null ? null : manifest.getMainAttributes().getValue("Build-Time");
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LoggerFactory.getLogger(VersionProvider.class).debug("The build time is not readable from the jar", e);
            return null;
        }
    }
}
