package io.camelbenthos.translate;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * One of the N {@code pipeline.threads} permits, held by an exchange that runs the pipeline on its input's own thread.
 * Given back exactly once: when the output takes the message, or when the exchange ends before that (an exception
 * thrown by a processor, a stopped route).
 */
final class PipelinePermit extends SynchronizationAdapter {
    private final Semaphore permits;
    private final AtomicBoolean held = new AtomicBoolean(true);

    PipelinePermit(Semaphore permits) {
        this.permits = permits;
    }

    void release() {
        if (held.compareAndSet(true, false)) {
            permits.release();
        }
    }

    @Override
    public void onDone(Exchange exchange) {
        release();
    }
}
