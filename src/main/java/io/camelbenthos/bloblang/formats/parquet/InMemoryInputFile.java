package io.camelbenthos.bloblang.formats.parquet;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/** A Parquet {@link InputFile} over a byte array: a message's content is the whole file. */
final class InMemoryInputFile implements InputFile {
    private final byte[] data;

    InMemoryInputFile(byte[] data) {
        this.data = data;
    }

    @Override
    public long getLength() {
        return data.length;
    }

    @Override
    public SeekableInputStream newStream() {
        return new Stream(data);
    }

    private static final class Stream extends SeekableInputStream {
        private final byte[] data;
        private int pos;

        Stream(byte[] data) {
            this.data = data;
        }

        @Override
        public long getPos() {
            return pos;
        }

        @Override
        public void seek(long newPos) throws IOException {
            if (newPos < 0 || newPos > data.length) {
                throw new EOFException("seek to " + newPos + " outside a " + data.length + " byte file");
            }
            pos = (int) newPos;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(len, data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void readFully(byte[] bytes) throws IOException {
            readFully(bytes, 0, bytes.length);
        }

        @Override
        public void readFully(byte[] bytes, int start, int len) throws IOException {
            if (len > data.length - pos) {
                throw new EOFException("reached the end of the file with " + (len - (data.length - pos))
                        + " bytes left to read");
            }
            System.arraycopy(data, pos, bytes, start, len);
            pos += len;
        }

        @Override
        public int read(ByteBuffer buf) {
            if (!buf.hasRemaining()) {
                return 0;
            }
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(buf.remaining(), data.length - pos);
            buf.put(data, pos, n);
            pos += n;
            return n;
        }

        @Override
        public void readFully(ByteBuffer buf) throws IOException {
            int len = buf.remaining();
            if (len > data.length - pos) {
                throw new EOFException("reached the end of the file with " + (len - (data.length - pos))
                        + " bytes left to read");
            }
            buf.put(data, pos, len);
            pos += len;
        }
    }
}
