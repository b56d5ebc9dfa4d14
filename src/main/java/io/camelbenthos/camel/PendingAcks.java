package io.camelbenthos.camel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages an input has routed and not yet acked or nacked, so that stopping can wait for them as Benthos's
 * reader waits for pending acks before closing its connection.
 */
public final class PendingAcks {
    private static final Logger LOG = LoggerFactory.getLogger(PendingAcks.class);

    private int pending;

    /** A message was routed. */
    public synchronized void add() {
        pending++;
    }

    /** A message was acked or nacked. */
    public synchronized void settled() {
        pending--;
        notifyAll();
    }

    /** Waits until every message is settled, or {@code millis} passed. */
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
