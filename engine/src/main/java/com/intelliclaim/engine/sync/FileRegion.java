package com.intelliclaim.engine.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * One part of a file as a stream the HTTP client reads straight from disk ({@code length} bytes from {@code offset}),
 * so a part is never copied into a buffer of its own. Each {@link #newStream()} starts the part again (the SDK reads
 * it more than once to sign it or to retry).
 */
record FileRegion(Path file, long offset, long length) implements ContentStreamProvider {

    @Override
    public InputStream newStream() {
        try {
            return new RegionStream(FileChannel.open(file, StandardOpenOption.READ), offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("The original file " + file + " could not be read", e);
        }
    }

    private static final class RegionStream extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        RegionStream(FileChannel channel, long offset, long length) {
            this.channel = channel;
            this.position = offset;
            this.end = offset + length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int from, int count) throws IOException {
            if (position >= end) {
                return -1;
            }
            int wanted = (int) Math.min(count, end - position);
            int n = channel.read(ByteBuffer.wrap(buffer, from, wanted), position);
            if (n < 0) {
                throw new IOException("The file ended before its part did: it changed while it was being sent.");
            }
            position += n;
            return n;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, end - position);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
