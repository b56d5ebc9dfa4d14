package io.camelbenthos.translate;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * One of the N {@code pipeline.threads} slots, held by an exchange from the hand-over until the output takes the
 * message. Given back exactly once: at {@link PipelineThreadsRelease}, or when the exchange ends before that (a
 * deleted message, an exception thrown by a processor, a stopped route).
 */
final class PipelinePermit extends SynchronizationAdapter {
    private final PipelineSlots slots;
    private final AtomicBoolean held = new AtomicBoolean(true);

    PipelinePermit(PipelineSlots slots) {
        this.slots = slots;
    }

    void release() {
        if (held.compareAndSet(true, false)) {
            slots.give();
        }
    }

    @Override
    public void onDone(Exchange exchange) {
        release();
    }
}
