package com.intelliclaim.engine.store;

import com.intelliclaim.engine.testing.ChildJvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.DataFolderException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataFolderTest {
    @TempDir
    Path temp;

    @Test
    void createsAMissingFolderWithItsSubFolders() throws Exception {
        Path dir = temp.resolve("a").resolve("b").resolve("data");
        try (DataFolder folder = DataFolder.open(dir)) {
            assertThat(folder.root()).isEqualTo(dir.toRealPath());
            assertThat(folder.databaseFile()).isEqualTo(folder.root().resolve("store").resolve("intelliclaim"));
            assertThat(folder.databaseFile().getParent()).isDirectory();
            assertThat(folder.keywordIndexDir()).isEqualTo(folder.root().resolve("index").resolve("keyword"))
                    .isDirectory();
            assertThat(folder.logsDir()).isEqualTo(folder.root().resolve("logs")).isDirectory();
            assertThat(Files.readString(dir.resolve(".lock")))
                    .contains("pid=" + ProcessHandle.current().pid()).contains("started=");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith(".write-probe"));
            }
        }
    }

    @Test
    void refusesAPathThatIsARegularFile() throws Exception {
        Path file = Files.writeString(temp.resolve("data"), "not a folder");
        assertThatThrownBy(() -> DataFolder.open(file))
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void refusesAFolderWhoseParentIsARegularFile() throws Exception {
        Path parent = Files.writeString(temp.resolve("parent"), "a file");
        Path dir = parent.resolve("data");
        assertThatThrownBy(() -> DataFolder.open(dir))
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining("could not be created")
                .hasMessageContaining(parent + " is a file, not a folder");
    }

    @Test
    void refusesASecondOpenInTheSameProcessAndReleasesOnClose() throws Exception {
        Path dir = temp.resolve("data");
        try (DataFolder first = DataFolder.open(dir)) {
            assertThatThrownBy(() -> DataFolder.open(dir))
                    .isInstanceOf(DataFolderException.class)
                    .hasMessage("The data folder " + first.root() + " is in use by another IntelliClaim window or"
                            + " command (process " + ProcessHandle.current().pid() + "). Close it, or choose"
                            + " another data folder with --data.");
        }
        DataFolder.open(dir).close();
    }

    @Test
    void refusesAFolderLockedByAnotherProcessNamingIt() throws Exception {
        Path dir = temp.resolve("data");
        try (ChildJvm child = ChildJvm.start(DataFolderLockHolder.class, dir.toString())) {
            String pid = child.awaitLine("locked ", Duration.ofSeconds(60)).substring("locked ".length());
            assertThat(pid).isEqualTo(Long.toString(child.process().pid()));
            assertThatThrownBy(() -> DataFolder.open(dir))
                    .isInstanceOf(DataFolderException.class)
                    .hasMessageContaining("is in use by another IntelliClaim window or command (process " + pid
                            + ")");
            // A refused attempt must not disturb the holder's lock: a second attempt is refused just the same.
            assertThatThrownBy(() -> DataFolder.open(dir)).isInstanceOf(DataFolderException.class);
            child.process().getOutputStream().close();
            assertThat(child.process().waitFor()).isZero();
        }
        DataFolder.open(dir).close();
    }

    @Test
    void theLockOfAKilledProcessIsGone() throws Exception {
        Path dir = temp.resolve("data");
        try (ChildJvm child = ChildJvm.start(DataFolderLockHolder.class, dir.toString())) {
            child.awaitLine("locked ", Duration.ofSeconds(60));
            child.kill();
        }
        DataFolder.open(dir).close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void defaultLocationFollowsThePlatform(String os, Map<String, String> env, Path expected) {
        assertThat(DataFolder.defaultLocation(os, env, "/home/asha")).isEqualTo(expected);
    }

    static Stream<Arguments> locations() {
        return Stream.of(
                Arguments.of("Linux", Map.of(), Paths.get("/home/asha/.local/share/IntelliClaim")),
                Arguments.of("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), Paths.get("/data/xdg/IntelliClaim")),
                Arguments.of("Linux", Map.of("XDG_DATA_HOME", "relative/xdg"),
                        Paths.get("/home/asha/.local/share/IntelliClaim")),
                Arguments.of("Linux", Map.of("INTELLICLAIM_DATA", "/srv/claims", "XDG_DATA_HOME", "/data/xdg"),
                        Paths.get("/srv/claims")),
                Arguments.of("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\asha\\AppData\\Local"),
                        Paths.get("C:\\Users\\asha\\AppData\\Local").resolve("IntelliClaim")),
                Arguments.of("Windows 10", Map.of(), Paths.get("/home/asha/AppData/Local/IntelliClaim")),
                Arguments.of("Mac OS X", Map.of("XDG_DATA_HOME", "/data/xdg"),
                        Paths.get("/home/asha/Library/Application Support/IntelliClaim")),
                Arguments.of("Mac OS X", Map.of("INTELLICLAIM_DATA", "/Volumes/claims"), Paths.get("/Volumes/claims")));
    }
}
