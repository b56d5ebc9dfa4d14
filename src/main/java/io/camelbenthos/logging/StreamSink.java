package io.camelbenthos.logging;

import java.io.PrintStream;

/** Lines to a standard stream (stderr unless the user chose otherwise), each with one write so lines never mix. */
final class StreamSink implements LogSink {
    private final PrintStream out;

    StreamSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public void write(String line) {
        out.println(line); // PrintStream.println is synchronized: a line is never split by another thread's
    }

    @Override
    public void close() {
        out.flush();
    }
}
