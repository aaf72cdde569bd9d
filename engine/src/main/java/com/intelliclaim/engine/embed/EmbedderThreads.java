package com.intelliclaim.engine.embed;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The one pool an embedder runs texts on: a thread per core, daemon (never keeps the JVM alive), named for dumps. */
final class EmbedderThreads {
    private EmbedderThreads() {
    }

    /** Threads per pool: one per core. */
    static int count() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static ExecutorService newPool(String modelId) {
        int threads = count();
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "embed-" + modelId + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    }
}
