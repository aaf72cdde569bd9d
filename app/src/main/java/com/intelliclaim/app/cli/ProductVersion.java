package com.intelliclaim.app.cli;

/**
 * The version analysts see (window, About, {@code --version}) and the installers carry. Its one source is the Maven
 * version in the pom: a release ({@code 1.2.0}) shows as is; a development build ({@code 1.2.0-SNAPSHOT}) shows the
 * same number, which is the one its packages carry (jpackage takes numbers only), with the time it was built.
 */
public final class ProductVersion {
    private static final String SNAPSHOT = "-SNAPSHOT";

    private ProductVersion() {
    }

    /**
     * @param mavenVersion the pom's version, as the jar manifest holds it; null or blank when run from classes
     * @param buildTime    when the jar was built (the manifest's {@code Build-Time}); null or blank when unknown
     * @return e.g. {@code "1.2.0"}, {@code "1.2.0 (development build 2026-11-29 08:50 UTC)"} or {@code "development"}
     */
    public static String describe(String mavenVersion, String buildTime) {
        if (mavenVersion == null || mavenVersion.isBlank()) {
            return "development";
        }
        if (!mavenVersion.endsWith(SNAPSHOT)) {
            return mavenVersion;
        }
        String number = mavenVersion.substring(0, mavenVersion.length() - SNAPSHOT.length());
        return buildTime == null || buildTime.isBlank()
                ? number + " (development build)"
                : number + " (development build " + buildTime.strip() + ")";
    }
}
