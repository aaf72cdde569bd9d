package com.intelliclaim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The files the OS asks the app to open, on their way to the window: those named on the command line, and on macOS
 * those a Finder "Open with" sends as events, which may come before the window exists or while it runs. Until the
 * window {@linkplain #attach attaches} they wait here; after that each batch goes to it on its thread. Thread-safe.
 */
public final class OpenedFiles {
    private final Executor windowThread;
    private final List<Path> waiting = new ArrayList<>();
    private Consumer<List<Path>> window;

    /**
     * @param first        the files named on the command line
     * @param windowThread runs the hand-over on the window's thread (the FX thread)
     */
    public OpenedFiles(List<Path> first, Executor windowThread) {
        this.windowThread = windowThread;
        waiting.addAll(first);
    }

    /** Files to open, from any thread; an empty batch is ignored. */
    public void offer(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Path> batch = List.copyOf(files);
        Consumer<List<Path>> target;
        synchronized (this) {
            if (window == null) {
                waiting.addAll(batch);
                return;
            }
            target = window;
        }
        windowThread.execute(() -> target.accept(batch));
    }

    /**
     * Called once on the window's thread when the window can take files: it gets the waiting ones at once (one
     * batch, in the order they came) and later ones as they come.
     */
    public void attach(Consumer<List<Path>> target) {
        List<Path> now;
        synchronized (this) {
            if (window != null) {
                throw new IllegalStateException("a window is attached already");
            }
            window = target;
            now = List.copyOf(waiting);
            waiting.clear();
        }
        if (!now.isEmpty()) {
            target.accept(now);
        }
    }
}
