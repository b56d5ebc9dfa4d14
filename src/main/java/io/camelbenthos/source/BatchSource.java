package io.camelbenthos.source;

import java.io.Closeable;

/**
 * A pull-style input (Benthos's {@code BatchInput}): files, CSV files, HTTP polling, and the {@code sequence} and
 * {@code read_until} wrappers over them. A {@link SourcePump} reads it, delivers each batch and reports the outcome.
 */
public interface BatchSource extends Closeable {
    /**
     * The next batch, or null once the source is exhausted (the input then closes). An exception is a failed read:
     * it is logged ({@code Failed to read message: ...}) and reading is tried again after a back-off.
     */
    SourceBatch read() throws Exception;

    @Override
    default void close() {
    }
}
