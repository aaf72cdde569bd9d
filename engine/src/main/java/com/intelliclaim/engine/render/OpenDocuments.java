package com.intelliclaim.engine.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few PDFs drawn last, kept open by file so that drawing another of their pages does not parse the file again.
 * At most {@code capacity} are open; the least recently used is closed when another opens. A document is used by one
 * caller at a time (a {@link PDDocument} is not thread-safe): a second draw of the same file waits, draws of other
 * files go on side by side. Closing one, by eviction, {@link #forget} or {@link #close}, waits for the draw using it.
 * Thread-safe.
 */
final class OpenDocuments implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpenDocuments.class);

    /** Work done with an open document. */
    @FunctionalInterface
    interface Use<T> {
        T apply(PDDocument document) throws IOException;
    }

    /** Opens a file as a PDF (a seam for tests that count the opens). */
    @FunctionalInterface
    interface Opener {
        PDDocument open(Path file) throws IOException;
    }

    private final int capacity;
    private final Opener opener;
    private final LinkedHashMap<Path, Entry> open = new LinkedHashMap<>(16, 0.75f, true);
    private boolean closed;

    OpenDocuments(int capacity) {
        this(capacity, file -> Loader.loadPDF(file.toFile()));
    }

    OpenDocuments(int capacity, Opener opener) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Keep at least one document open, not " + capacity + ".");
        }
        this.capacity = capacity;
        this.opener = opener;
    }

    /**
     * Runs {@code use} with the file opened as a PDF, opening it when it is not open yet.
     *
     * @throws IOException           when the file cannot be read as a PDF (it is then not kept)
     * @throws IllegalStateException after {@link #close}
     */
    <T> T with(Path file, Use<T> use) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        while (true) {
            Entry entry = entry(key);
            entry.lock.lock();
            try {
                if (entry.closed) {
                    continue; // closed between being found and being locked: open it again
                }
                if (entry.document == null) {
                    try {
                        entry.document = opener.open(key);
                    } catch (IOException | RuntimeException e) {
                        entry.closed = true;
                        drop(key, entry);
                        throw e;
                    }
                }
                return use.apply(entry.document);
            } finally {
                entry.lock.unlock();
            }
        }
    }

    /** Closes the file's document if it is open (before the file is deleted, say); false when it was not open. */
    boolean forget(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Entry entry;
        synchronized (open) {
            entry = open.remove(key);
        }
        if (entry == null) {
            return false;
        }
        entry.close();
        return true;
    }

    /** How many documents are open now. */
    int size() {
        synchronized (open) {
            return open.size();
        }
    }

    /** Closes every open document; later draws are refused. */
    @Override
    public void close() {
        List<Entry> all;
        synchronized (open) {
            closed = true;
            all = new ArrayList<>(open.values());
            open.clear();
        }
        all.forEach(Entry::close);
    }

    private Entry entry(Path key) {
        List<Entry> evicted = new ArrayList<>();
        Entry entry;
        synchronized (open) {
            if (closed) {
                throw new IllegalStateException("The page renderer is closed: its engine was closed.");
            }
            entry = open.computeIfAbsent(key, k -> new Entry(k));
            Iterator<Map.Entry<Path, Entry>> eldest = open.entrySet().iterator();
            while (open.size() > capacity) {
                evicted.add(eldest.next().getValue());
                eldest.remove();
            }
        }
        // Outside the map's lock: closing waits for a draw in progress, which must not hold up other files.
        evicted.forEach(Entry::close);
        return entry;
    }

    private void drop(Path key, Entry entry) {
        synchronized (open) {
            open.remove(key, entry);
        }
    }

    /** One file's document, opened by the first draw that needs it. */
    private static final class Entry {
        private final Path file;
        private final ReentrantLock lock = new ReentrantLock();
        private PDDocument document;
        private boolean closed;

        Entry(Path file) {
            this.file = file;
        }

        void close() {
            lock.lock();
            try {
                closed = true;
                if (document != null) {
                    document.close();
                    document = null;
                }
            } catch (IOException e) {
                log.warn("Could not close the drawn PDF {}", file.getFileName(), e);
            } finally {
                lock.unlock();
            }
        }
    }
}
