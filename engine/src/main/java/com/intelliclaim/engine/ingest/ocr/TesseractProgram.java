package com.intelliclaim.engine.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the {@code tesseract} program is, and how to install it, on each OS. An app started from a desktop menu,
 * the Dock or the Start menu does not get a shell's PATH: macOS gives it {@code /usr/bin:/bin:/usr/sbin:/sbin}
 * (not Homebrew's folders), and the Windows installer of Tesseract (UB-Mannheim) does not add itself to the PATH. So
 * after the PATH come the folders the usual installers use.
 */
public final class TesseractProgram {
    private static final String NAME = "tesseract";

    private TesseractProgram() {
    }

    /**
     * The machine as the search sees it.
     *
     * @param osName      the {@code os.name} system property
     * @param environment the process environment (PATH, ProgramFiles, LOCALAPPDATA, …)
     * @param runnable    whether a path names an executable file
     */
    public record Machine(String osName, Map<String, String> environment, Predicate<String> runnable) {
        /** This machine. */
        public static Machine current() {
            return new Machine(System.getProperty("os.name", ""), System.getenv(),
                    path -> Files.isRegularFile(Path.of(path)) && Files.isExecutable(Path.of(path)));
        }

        boolean windows() {
            return osName.toLowerCase(Locale.ROOT).startsWith("windows");
        }

        boolean mac() {
            return osName.toLowerCase(Locale.ROOT).startsWith("mac");
        }
    }

    /**
     * The command to run: {@code configured} when given (an installer that carries its own Tesseract sets it), else
     * the first {@code tesseract} on the PATH, else the first in the usual install folders of this OS, else plain
     * {@code "tesseract"} (whose start then fails, which OCR reports with {@link #installAdvice(String)}).
     */
    public static String locate(String configured, Machine machine) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String candidate : candidates(machine)) {
            if (machine.runnable().test(candidate)) {
                return candidate;
            }
        }
        return NAME;
    }

    /** What an analyst on this OS does to get OCR, phrased to follow "OCR is not available: ". */
    public static String installAdvice(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return "install Tesseract with Homebrew (brew install tesseract) to read scanned pages";
        }
        if (os.startsWith("windows")) {
            return "install Tesseract OCR (the UB-Mannheim installer, into its default folder) to read scanned pages";
        }
        return "install tesseract-ocr to read scanned pages";
    }

    /** What to add when the program runs but lacks its English data. */
    static String missingEnglishAdvice(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        return os.startsWith("mac") || os.startsWith("windows")
                ? " (its English language data is missing: reinstall Tesseract)"
                : " (the English language data, tesseract-ocr-eng, is missing)";
    }

    private static List<String> candidates(Machine machine) {
        String separator = machine.windows() ? "\\" : "/";
        String file = machine.windows() ? NAME + ".exe" : NAME;
        List<String> folders = new ArrayList<>();
        String path = machine.environment().getOrDefault(machine.windows() ? pathKey(machine) : "PATH", "");
        for (String folder : path.split(machine.windows() ? ";" : ":")) {
            if (!folder.isBlank()) {
                folders.add(strip(folder.strip(), separator));
            }
        }
        if (machine.windows()) {
            for (String base : new String[] {"ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"}) {
                String root = machine.environment().get(base);
                if (root != null && !root.isBlank()) {
                    String programs = base.equals("LOCALAPPDATA") ? "\\Programs" : "";
                    folders.add(strip(root, separator) + programs + "\\Tesseract-OCR");
                }
            }
        } else if (machine.mac()) {
            folders.addAll(List.of("/opt/homebrew/bin", "/usr/local/bin", "/opt/local/bin"));
        } else {
            folders.addAll(List.of("/usr/bin", "/usr/local/bin"));
        }
        return folders.stream().distinct().map(folder -> folder + separator + file).toList();
    }

    /** Windows keeps "Path" in any letter case. */
    private static String pathKey(Machine machine) {
        return machine.environment().keySet().stream().filter(key -> key.equalsIgnoreCase("PATH")).findFirst()
                .orElse("PATH");
    }

    private static String strip(String folder, String separator) {
        return folder.endsWith(separator) && folder.length() > 1
                ? folder.substring(0, folder.length() - 1) : folder;
    }
}
