package io.camelbenthos.components.outputs;

import java.util.List;
import org.apache.camel.Exchange;

/**
 * Writes a batch that a {@link BatchPolicyStep} completed, for an output that sends a batch as a whole (Benthos's
 * {@code WriteBatch}) rather than letting each message continue on its own. Bound in the registry and named by
 * {@link BatchPolicyStep#setWriter(String)}; the step starts and stops it with itself when it is a Camel service.
 */
public interface BatchWriter {
    /**
     * Writes {@code batch} (in arrival order, never empty) and then runs {@code written} exactly once, from any
     * thread. The outcome is each exchange's own: a writer nacks a message by setting its exchange's exception.
     */
    void write(List<Exchange> batch, Runnable written);
}
