package io.camelbenthos.readiness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages an input has handed to its route and not yet acked or nacked, so that stopping can wait for them, as
 * Benthos's reader waits for pending acks before closing.
 */
public final class PendingAcks {
    private static final Logger LOG = LoggerFactory.getLogger(PendingAcks.class);

    private int pending;

    public synchronized void add() {
        pending++;
    }

    public synchronized void done() {
        pending--;
        notifyAll();
    }

    /** Waits until none is pending, at most {@code millis}. */
    public synchronized void await(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        if (pending > 0) {
            LOG.debug("Waiting for pending acks to resolve before shutting down.");
        }
        while (pending > 0) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }
}
