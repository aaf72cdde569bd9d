package com.intelliclaim.engine.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.ingest.ocr.TesseractProgram.Machine;
import com.intelliclaim.engine.testing.TestScans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TesseractProgramTest {
    private static final Map<String, String> WINDOWS_ENV = Map.of("Path", "C:\\Windows\\system32;C:\\Windows",
            "ProgramFiles", "C:\\Program Files", "ProgramFiles(x86)", "C:\\Program Files (x86)",
            "LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local");
    /** What a Finder-started app gets on macOS. */
    private static final Map<String, String> MAC_ENV = Map.of("PATH", "/usr/bin:/bin:/usr/sbin:/sbin");

    static Stream<Arguments> machines() {
        return Stream.of(
                // the configured program wins, even if it is not there (its start then fails with the advice)
                Arguments.of("Linux", Map.of("PATH", "/usr/bin"), "/opt/ocr/tesseract", Set.of("/usr/bin/tesseract"),
                        "/opt/ocr/tesseract"),
                Arguments.of("Linux", Map.of("PATH", "/home/ana/bin:/usr/bin/"), null,
                        Set.of("/home/ana/bin/tesseract", "/usr/bin/tesseract"), "/home/ana/bin/tesseract"),
                Arguments.of("Linux", Map.of("PATH", "/home/ana/bin"), null, Set.of("/usr/bin/tesseract"),
                        "/usr/bin/tesseract"),
                Arguments.of("Linux", Map.of(), " ", Set.of(), "tesseract"),
                Arguments.of("Mac OS X", MAC_ENV, null, Set.of("/opt/homebrew/bin/tesseract"),
                        "/opt/homebrew/bin/tesseract"),
                Arguments.of("Mac OS X", MAC_ENV, null, Set.of("/usr/local/bin/tesseract"),
                        "/usr/local/bin/tesseract"),
                Arguments.of("Mac OS X", MAC_ENV, null, Set.of("/opt/local/bin/tesseract"),
                        "/opt/local/bin/tesseract"),
                Arguments.of("Mac OS X", MAC_ENV, null, Set.of(), "tesseract"),
                Arguments.of("Windows 11", WINDOWS_ENV, null, Set.of("C:\\Program Files\\Tesseract-OCR\\tesseract.exe"),
                        "C:\\Program Files\\Tesseract-OCR\\tesseract.exe"),
                Arguments.of("Windows 11", WINDOWS_ENV, null,
                        Set.of("C:\\Users\\ana\\AppData\\Local\\Programs\\Tesseract-OCR\\tesseract.exe"),
                        "C:\\Users\\ana\\AppData\\Local\\Programs\\Tesseract-OCR\\tesseract.exe"),
                Arguments.of("Windows 11", Map.of("PATH", "D:\\tools\\ocr\\;C:\\Windows"), null,
                        Set.of("D:\\tools\\ocr\\tesseract.exe"), "D:\\tools\\ocr\\tesseract.exe"),
                Arguments.of("Windows 11", WINDOWS_ENV, null, Set.of(), "tesseract"));
    }

    @ParameterizedTest(name = "{0}, configured {2}, present {3} -> {4}")
    @MethodSource("machines")
    void findsTheProgramOnThePathOrInTheUsualFolders(String os, Map<String, String> env, String configured,
            Set<String> present, String expected) {
        assertThat(TesseractProgram.locate(configured, new Machine(os, env, present::contains))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("advice")
    void theInstallAdviceNamesThisOsesWay(String os, String advice) {
        assertThat(TesseractProgram.installAdvice(os)).isEqualTo(advice);
    }

    static Stream<Arguments> advice() {
        return Stream.of(
                Arguments.of("Linux", "install tesseract-ocr to read scanned pages"),
                Arguments.of("Mac OS X", "install Tesseract with Homebrew (brew install tesseract) to read scanned pages"),
                Arguments.of("Windows 10", "install Tesseract OCR (the UB-Mannheim installer, into its default folder)"
                        + " to read scanned pages"),
                Arguments.of(null, "install tesseract-ocr to read scanned pages"));
    }

    @Test
    void onThisMachineTheInstalledProgramIsFoundWithoutThePath() {
        TestScans.assumeTesseract();
        Machine noPath = new Machine(System.getProperty("os.name"), Map.of(),
                Machine.current().runnable());

        String found = TesseractProgram.locate(null, noPath);

        assertThat(Path.of(found)).isAbsolute().isExecutable();
    }

    @Test
    void aFileThatIsNotExecutableIsPassedOver(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("tesseract"), "not a program");
        Files.setPosixFilePermissions(plain, PosixFilePermissions.fromString("rw-r--r--"));
        Machine machine = new Machine("Linux", Map.of("PATH", dir.toString()), Machine.current().runnable());

        assertThat(TesseractProgram.locate(null, machine)).isNotEqualTo(plain.toString());
    }
}
