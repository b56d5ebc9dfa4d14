package io.camelbenthos.camel;

import java.util.concurrent.Executor;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * One exchange's batch written by an asynchronous producer as one publish per message (amqp_0_9, mqtt): the exchange
 * completes once every message settled, with the first failure as the nack of the whole transaction.
 */
public final class BatchTransaction {
    private final Exchange exchange;
    private final AsyncCallback callback;
    private int remaining;
    private Exception failure;

    public BatchTransaction(Exchange exchange, AsyncCallback callback, int size) {
        this.exchange = exchange;
        this.callback = callback;
        this.remaining = size;
    }

    /**
     * Counts one message settled ({@code error} null: acknowledged); with the last one the exchange completes on
     * {@code executor}, never on the client's own thread, or here when the executor is gone (stopping).
     */
    public void settle(Exception error, Executor executor) {
        Exception outcome;
        synchronized (this) {
            if (error != null && failure == null) {
                failure = error;
            }
            if (--remaining != 0) {
                return; // other messages of the batch are still awaiting their acknowledgement
            }
            outcome = failure;
        }
        Runnable done = () -> {
            if (outcome != null) {
                exchange.setException(outcome);
            }
            callback.done(false);
        };
        try {
            executor.execute(done);
        } catch (RuntimeException e) {
            done.run();
        }
    }
}
