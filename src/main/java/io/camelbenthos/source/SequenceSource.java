package io.camelbenthos.source;

import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sequence} input (connectors reference §8.1): its children read one after the other, each opened only
 * when reached and once the previous one is exhausted (its batches all delivered: the pump waits for each outcome).
 * A child that cannot start is logged {@code Unable to start next sequence: ...} and tried again.
 */
public final class SequenceSource implements BatchSource {
    private static final Logger LOG = LoggerFactory.getLogger(SequenceSource.class);

    /** A child: how to open its source, and the route through its own processors (null: none). */
    public record Child(Callable<BatchSource> opener, String via) {
    }

    private final List<Child> children;
    private int next;
    private BatchSource current;
    private String currentVia;

    public SequenceSource(List<Child> children) {
        this.children = List.copyOf(children);
    }

    @Override
    public SourceBatch read() throws Exception {
        while (true) {
            if (current == null) {
                if (next >= children.size()) {
                    LOG.info("Exhausted all sequence inputs, shutting down.");
                    return null;
                }
                Child child = children.get(next);
                try {
                    current = child.opener().call();
                } catch (Exception e) {
                    LOG.error("Unable to start next sequence: {}", e.getMessage());
                    throw e;
                }
                currentVia = child.via();
                next++;
            }
            SourceBatch batch = current.read();
            if (batch != null) {
                return batch.via(currentVia);
            }
            current.close();
            current = null;
        }
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
