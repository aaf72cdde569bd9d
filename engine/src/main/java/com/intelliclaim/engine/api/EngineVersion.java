package com.intelliclaim.engine.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this engine build, which every decision records: the jar manifest's Implementation-Version, else
 * the version Maven writes into the engine jar, else {@code "development"} (running from compiled classes).
 */
public final class EngineVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/com.intelliclaim/intelliclaim-engine/pom.properties";
    private static final String CURRENT = find();

    private EngineVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String find() {
        String manifest = EngineVersion.class.getPackage().getImplementationVersion();
        if (manifest != null && !manifest.isBlank()) {
            return manifest;
        }
        try (InputStream in = EngineVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version;
                }
            }
        } catch (IOException e) {
            // an unreadable resource means the same as a missing one: no packaged version
        }
        return "development";
    }
}
