package io.camelbenthos.kafka;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Benthos's checkpointer for one partition: the offsets handed downstream, in order, and which of them were acked.
 * The offset to commit is the one after the longest acked prefix, so a message that is still being retried holds
 * the commit back however many later ones were acked (a restart re-reads from it: at least once, never skipped).
 * Not thread-safe: only the input's poll thread uses it.
 */
final class PartitionCheckpoint {
    private final ArrayDeque<Long> inFlight = new ArrayDeque<>();
    private final Set<Long> acked = new HashSet<>();
    private long committable = -1;

    /** A record was handed downstream. */
    void track(long offset) {
        inFlight.add(offset);
    }

    /** A record was acked; advances the committable offset past the acked prefix. */
    void ack(long offset) {
        acked.add(offset);
        while (!inFlight.isEmpty() && acked.remove(inFlight.peek())) {
            committable = inFlight.poll() + 1;
        }
    }

    /** Records handed downstream and not acked yet. */
    int pending() {
        return inFlight.size();
    }

    /** The next offset to consume after the acked prefix (what Kafka stores as committed); -1 when nothing yet. */
    long committable() {
        return committable;
    }
}
