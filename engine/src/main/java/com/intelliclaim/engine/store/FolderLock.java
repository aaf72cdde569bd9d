package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DataFolderException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exclusive lock on a data folder's {@code .lock} file, holding this process's id and start time so a refused
 * second process can name the holder.
 */
final class FolderLock implements AutoCloseable {
    /*
     * Locks live per process on Linux (fcntl): closing any channel on the file, even one that never locked it, drops
     * the lock this JVM holds. So a second open in the same JVM must be refused before it opens a channel.
     */
    private static final Set<Path> HELD = new HashSet<>();
    private static final Pattern PID = Pattern.compile("pid=(\\d+)");
    /*
     * The lock covers one byte far past the text rather than the whole file: Windows locks are mandatory, and a
     * whole-file lock would stop the refused process from reading the holder's pid.
     */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder} (an existing, real path) or throws naming the process that holds it. */
    static FolderLock acquire(Path folder) {
        synchronized (HELD) {
            long self = ProcessHandle.current().pid();
            if (HELD.contains(folder)) {
                throw inUse(folder, Long.toString(self));
            }
            Path file = folder.resolve(".lock");
            FileChannel channel = openChannel(file);
            FileLock lock = tryLock(channel, folder, self);
            if (lock == null) {
                String holder = readHolder(channel);
                closeQuietly(channel);
                throw inUse(folder, holder);
            }
            try {
                writeHolder(channel, self);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new DataFolderException("The data folder " + folder + " is not writable: the lock file "
                        + file + " could not be written (" + e.getMessage() + ").", e);
            }
            HELD.add(folder);
            return new FolderLock(folder, channel, lock);
        }
    }

    private static FileChannel openChannel(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + file.getParent() + " is not writable: the lock file "
                    + file + " could not be opened (" + e.getMessage() + ").", e);
        }
    }

    private static FileLock tryLock(FileChannel channel, Path folder, long self) {
        try {
            return channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(folder, Long.toString(self));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataFolderException("The data folder " + folder + " could not be locked ("
                    + e.getMessage() + ").", e);
        }
    }

    private static void writeHolder(FileChannel channel, long self) throws IOException {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        byte[] text = ("pid=" + self + "\nstarted=" + started + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
        channel.force(true);
    }

    /** The pid written by the holder, or "unknown" when it has not written it yet. */
    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(256);
            channel.read(buffer, 0);
            Matcher m = PID.matcher(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    static DataFolderException inUse(Path folder, String pid) {
        return new DataFolderException("The data folder " + folder + " is in use by another IntelliClaim window or"
                + " command (process " + pid + "). Close it, or choose another data folder with --data.");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was written through this channel; there is nothing to lose.
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (!channel.isOpen()) {
                return;
            }
            try {
                lock.release();
            } catch (IOException ignored) {
                // Closing the channel below releases the lock as well.
            }
            closeQuietly(channel);
            HELD.remove(folder);
        }
    }
}
