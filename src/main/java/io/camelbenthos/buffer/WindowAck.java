package io.camelbenthos.buffer;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The ack of one input transaction whose messages wait in a {@code system_window} buffer: it completes once each of
 * its buffered messages was acked downstream or dropped, with the last error seen (null: success), as Benthos's
 * derived acks do.
 */
final class WindowAck {
    private final AtomicInteger remaining = new AtomicInteger();
    private final AtomicReference<Throwable> error = new AtomicReference<>();
    private final Consumer<Throwable> complete;

    WindowAck(Consumer<Throwable> complete) {
        this.complete = complete;
    }

    /** One more message of the transaction is held; called before any of them can be acked. */
    void hold() {
        remaining.incrementAndGet();
    }

    /** A held message was acked ({@code failure} null), nacked or dropped. */
    void done(Throwable failure) {
        if (failure != null) {
            error.set(failure);
        }
        if (remaining.decrementAndGet() == 0) {
            complete.accept(error.get());
        }
    }
}
