package com.intelliclaim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenedFilesTest {
    private static final Path CLAIM = Path.of("/home/ana/claim.pdf");
    private static final Path POLICY = Path.of("/home/ana/policy.pdf");
    private static final Path BILL = Path.of("/home/ana/bill.pdf");

    /** The window's thread: runs what it is handed when the test says so, as Platform.runLater would later. */
    private final List<Runnable> windowThread = new ArrayList<>();
    private final List<List<Path>> opened = new ArrayList<>();

    @Test
    void filesThatComeBeforeTheWindowReachItInOneBatchWhenItAttaches() {
        OpenedFiles files = new OpenedFiles(List.of(CLAIM), windowThread::add);
        files.offer(List.of(POLICY));

        files.attach(opened::add);

        assertThat(opened).containsExactly(List.of(CLAIM, POLICY));
        assertThat(windowThread).isEmpty();
    }

    @Test
    void filesThatComeLaterGoToTheWindowOnItsThread() {
        OpenedFiles files = new OpenedFiles(List.of(), windowThread::add);
        files.attach(opened::add);
        assertThat(opened).isEmpty();

        files.offer(List.of(BILL));
        files.offer(List.of());
        assertThat(opened).isEmpty();
        windowThread.forEach(Runnable::run);

        assertThat(opened).containsExactly(List.of(BILL));
    }

    @Test
    void filesOfferedFromOtherThreadsWhileTheWindowAttachesAreNeitherLostNorDoubled() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Path> all = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            all.add(Path.of("/claims/" + i + ".pdf"));
        }
        List<Path> received = java.util.Collections.synchronizedList(new ArrayList<>());
        OpenedFiles files = new OpenedFiles(List.of(), Runnable::run);
        CountDownLatch go = new CountDownLatch(1);
        for (Path path : all) {
            pool.execute(() -> {
                awaitQuietly(go);
                files.offer(List.of(path));
            });
        }
        go.countDown();
        files.attach(received::addAll);
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(received).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aSecondWindowIsRefused() {
        OpenedFiles files = new OpenedFiles(List.of(), windowThread::add);
        files.attach(opened::add);

        assertThatThrownBy(() -> files.attach(opened::add)).isInstanceOf(IllegalStateException.class)
                .hasMessage("a window is attached already");
    }

    @Test
    void anEventsFilesAreTakenLikeTheCommandLinesWhenTheyExist(@TempDir Path dir) throws IOException {
        Path pdf = Files.writeString(dir.resolve("claim form.pdf"), "%PDF-1.4");
        Path gone = dir.resolve("deleted.pdf");

        assertThat(OpenFileEvents.accepted(List.of(pdf.toFile(), gone.toFile(), new File("relative.pdf"))))
                .containsExactly(pdf.toAbsolutePath());
    }

    @Test
    void noHandlerIsRegisteredOutsideMacOsOrWithoutADesktop() {
        List<List<Path>> sink = new ArrayList<>();
        assertThat(OpenFileEvents.register("Linux", sink::add)).isFalse();
        assertThat(OpenFileEvents.register("Windows 11", sink::add)).isFalse();
        assertThat(OpenFileEvents.register(null, sink::add)).isFalse();
        // the tests run headless (java.awt.headless=true), as a server would: macOS's handler is not available then
        assertThat(OpenFileEvents.register("Mac OS X", sink::add)).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
