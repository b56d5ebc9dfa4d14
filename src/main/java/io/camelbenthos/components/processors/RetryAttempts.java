package io.camelbenthos.components.processors;

import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * One message's way through a {@code retry} processor (processors reference §12): the message as it entered (each
 * attempt starts from it again), the failed attempts counted, the waits so far and the next one, and cenkalti/backoff's
 * exponential interval (×1.5 from {@code initial_interval} up to {@code max_interval}, without its jitter; it stops
 * once the next wait would end after {@code max_elapsed_time} from the first attempt).
 */
final class RetryAttempts {
    private final MessageBatch entry;
    private final long startNanos = System.nanoTime();
    private long retries;
    private long backoffNanos;
    private long intervalNanos;
    private long pendingWaitNanos;
    private boolean done;
    private boolean waiting;

    RetryAttempts(MessageBatch entry, long initialNanos) {
        this.entry = entry;
        this.intervalNanos = initialNanos;
    }

    /** A copy of the message as it entered, for an attempt to start from. */
    MessageBatch freshEntry() {
        List<Message> fresh = new ArrayList<>(entry.size());
        entry.forEach(m -> fresh.add(m.copy()));
        return MessageBatch.of(fresh);
    }

    boolean done() {
        return done;
    }

    long retries() {
        return retries;
    }

    long backoffNanos() {
        return backoffNanos;
    }

    void succeeded() {
        done = true;
    }

    /**
     * An attempt failed: counts it and decides whether to give up ({@code max_retries} attempts made, or the back-off
     * says stop, which adds Benthos's -1 ns to the total) or to wait before the next one.
     */
    void failed(long maxRetries, long maxIntervalNanos, long maxElapsedNanos) {
        retries++;
        if (maxRetries > 0 && retries == maxRetries) {
            done = true;
            return;
        }
        long next = intervalNanos;
        intervalNanos = Math.min((long) (intervalNanos * 1.5), maxIntervalNanos);
        long elapsed = System.nanoTime() - startNanos;
        if (maxElapsedNanos > 0 && elapsed + next > maxElapsedNanos) {
            backoffNanos += -1;
            done = true;
            return;
        }
        backoffNanos += next;
        pendingWaitNanos = next;
    }

    /** The wait decided by the last failure, once; the message is waiting until {@link #waited}. */
    long takeWait() {
        long w = pendingWaitNanos;
        pendingWaitNanos = 0;
        waiting = w > 0;
        return w;
    }

    void waited() {
        waiting = false;
    }

    /** True when a wait began and never ended: the step stopped during it, and the message is flagged. */
    boolean cutShort() {
        return waiting;
    }
}
