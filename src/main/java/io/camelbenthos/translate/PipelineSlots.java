package io.camelbenthos.translate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The N slots of {@code pipeline.threads}, handed out in arrival order. Unlike a semaphore, waiting for a slot holds
 * no thread: a sender that finds none free leaves a continuation in the queue and its thread goes back to whatever
 * it serves. That matters because the holders of the slots often need exactly those threads to finish (an
 * asynchronous HTTP call completes on a Vert.x worker, the same pool that delivers requests to the pipeline), so
 * parked senders would wedge the pipeline for good.
 */
final class PipelineSlots {
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int free;

    PipelineSlots(int slots) {
        this.free = slots;
    }

    /**
     * Takes a slot now if one is free and nobody queued before, else queues {@code onGranted}, which runs on the
     * thread that gives a slot back: it must only hand the work on, never run it there.
     *
     * @return true when the slot was taken now ({@code onGranted} is not run)
     */
    synchronized boolean takeOrQueue(Runnable onGranted) {
        if (free > 0 && waiting.isEmpty()) {
            free--;
            return true;
        }
        waiting.add(onGranted);
        return false;
    }

    /** Gives a slot back: to the longest waiting sender if there is one, else to the free ones. */
    void give() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                free++;
                return;
            }
        }
        next.run();
    }

    /** Senders waiting for a slot. */
    synchronized int waiting() {
        return waiting.size();
    }

    /** Removes every waiting sender (the step is stopping); the caller fails them. */
    synchronized List<Runnable> drain() {
        List<Runnable> all = new ArrayList<>(waiting);
        waiting.clear();
        return all;
    }
}
