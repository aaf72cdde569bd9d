package com.intelliclaim.app;

import com.intelliclaim.app.common.FxStallProbe;
import com.intelliclaim.app.shell.Themes;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * A measuring aid, not a test: opens the main window on a data folder, waits for the engine and the model, then adds a
 * file the way a drop does (the path the robot tests use) and prints the worst gap between FX pulses during its ingest.
 * Run under Xvfb with the shaded jar and the test classes:
 * {@code java -cp app/target/intelliclaim.jar:app/target/test-classes com.intelliclaim.app.FxStallHarness DATA CONFIG
 * FILE [START_SCREEN]}.
 */
public final class FxStallHarness {
    private static final long SETTLE_MILLIS = 3_000;
    /** With "quick", the ingest is cancelled after this long: enough to see the stalls of its start. */
    private static final long QUICK_MILLIS = 4_000;

    private FxStallHarness() {
    }

    /** Not an Application itself, so that the java launcher does not look for the JavaFX modules. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX side. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        FxStallHarness.start(getParameters().getRaw(), stage);
    }
    }

    static void start(List<String> args, Stage stage) {
        MainWindow window = new MainWindow(stage, new MainWindow.Options(Path.of(args.get(0)), Path.of(args.get(1)),
                new Themes(() -> false)));
        Path file = Path.of(args.get(2));
        String startScreen = args.size() > 3 ? args.get(3) : MainWindow.ASK;
        boolean quick = args.size() > 4 && args.get(4).equals("quick");
        stage.show();
        window.shell().select(startScreen);
        window.openEngine();
        Thread waiter = new Thread(() -> {
            sleep(SETTLE_MILLIS);
            while (busy(window)) {
                sleep(200);
            }
            sleep(SETTLE_MILLIS);
            Platform.runLater(() -> measure(window, file));
            if (quick) {
                sleep(QUICK_MILLIS);
                Platform.runLater(() -> window.documents().cancelAll());
            }
        }, "harness");
        waiter.setDaemon(true);
        waiter.start();
    }

    private static void measure(MainWindow window, Path file) {
        FxStallProbe probe = new FxStallProbe();
        probe.start();
        long started = System.nanoTime();
        List<String> gaps = new java.util.ArrayList<>();
        // The FX thread's own CPU time in each long gap tells work on it from waiting for a core on a loaded machine.
        // So does the render thread's, which draws the frame the FX thread waits for.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
        new javafx.animation.AnimationTimer() {
            private long last;
            private long lastCpu;
            private long lastRenderCpu;

            @Override
            public void handle(long now) {
                long at = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                long renderCpu = renderer < 0 ? 0 : threads.getThreadCpuTime(renderer);
                if (last != 0 && at - last > 50_000_000) {
                    gaps.add(String.format(Locale.ROOT, "%.0f ms (CPU: FX %.0f ms, render %.0f ms) at %.2f s",
                            (at - last) / 1e6, (cpu - lastCpu) / 1e6, (renderCpu - lastRenderCpu) / 1e6,
                            (last - started) / 1e9));
                }
                last = at;
                lastCpu = cpu;
                lastRenderCpu = renderCpu;
            }
        }.start();
        window.documents().busyProperty().addListener((o, was, busy) -> {
            if (!busy) {
                System.out.printf(Locale.ROOT, "HARNESS ingest of %s took %.1f s; %s; %s%n", file.getFileName(),
                        (System.nanoTime() - started) / 1e9, probe.summary(), window.documents().statusProperty().get());
                System.out.println("HARNESS gaps over 50 ms: " + gaps);
                window.close();
                Platform.exit();
            }
        });
        long dropCpu = threads.getCurrentThreadCpuTime();
        window.view().acceptDrop(List.of(file.toFile()));
        System.out.printf(Locale.ROOT, "HARNESS the drop (at %.2f s JVM uptime) took %.1f ms on the FX thread"
                        + " (%.1f ms of its CPU)%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                        / 1e3, (System.nanoTime() - started) / 1e6, (threads.getCurrentThreadCpuTime() - dropCpu) / 1e6);
    }

    private static boolean busy(MainWindow window) {
        boolean[] busy = {true};
        java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            busy[0] = window.activities().busyProperty().get();
            read.countDown();
        });
        try {
            read.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return busy[0];
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
