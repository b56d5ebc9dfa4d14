package io.camelbenthos.nats;

import java.util.ArrayDeque;

/**
 * Benthos's output {@code max_in_flight} without holding threads: at most {@code limit} writes run at once, the
 * others wait in line and start as earlier ones finish.
 */
final class InFlightLimit {
    private final int limit;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int running;

    InFlightLimit(int limit) {
        this.limit = Math.max(1, limit);
    }

    /** Runs {@code write} now if under the limit, else once a slot frees; the write must call {@link #release}. */
    void run(Runnable write) {
        synchronized (this) {
            if (running >= limit) {
                waiting.add(write);
                return;
            }
            running++;
        }
        write.run();
    }

    /** A write finished: its slot goes to the next one waiting. */
    void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                running--;
                return;
            }
        }
        next.run();
    }
}
