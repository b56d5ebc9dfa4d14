package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code mapping} / {@code bloblang} / {@code mutation} processor step: runs a Bloblang mapping on each message of
 * the batch, which the mapping sees ({@code batch_index()}, {@code from()}). A failure flags the message with the error
 * and leaves it unchanged; a deletion drops it; a batch left empty is acked.
 */
public class MappingStep implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(MappingStep.class);

    private String mapping = "";
    private boolean mutation;
    private String path = "";
    private volatile Mapping compiled;

    public String getMapping() {
        return mapping;
    }

    /** The Bloblang mapping text. */
    public void setMapping(String mapping) {
        this.mapping = mapping;
        this.compiled = null;
    }

    public boolean isMutation() {
        return mutation;
    }

    /** True for {@code mutation}: the mapping edits the message in place instead of building a new one. */
    public void setMutation(boolean mutation) {
        this.mutation = mutation;
    }

    public String getPath() {
        return path;
    }

    /** The Benthos config path, for log lines. */
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    public void process(Exchange exchange) {
        MessageBatch batch = BenthosExchange.batch(exchange);
        // A mutation edits the messages in place, so it works on copies, which later messages' from() then sees.
        List<Message> input = mutation ? copies(batch) : batch.messages();
        List<Message> out = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            Message in = input.get(i);
            Throwable previousError = in.error();
            Optional<Message> result;
            try {
                result = mutation ? compiled().applyInPlace(input, i) : compiled().apply(input, i);
            } catch (BloblangException e) {
                LOG.error("{}: {}", path, e.getMessage());
                // A mutation keeps what it changed before the failing statement (Benthos edits in place).
                out.add((mutation ? in : in.copy()).setError(e));
                continue;
            }
            if (result.isEmpty()) {
                continue;
            }
            Message m = result.get();
            if (m.error() == null && previousError != null) {
                // A mapping does not clear an earlier processor's error flag.
                m.setError(previousError);
            }
            out.add(m);
        }
        BenthosExchange.setResult(exchange, out);
    }

    private static List<Message> copies(MessageBatch batch) {
        List<Message> copies = new ArrayList<>(batch.size());
        for (Message m : batch) {
            copies.add(m.copy());
        }
        return copies;
    }

    /**
     * Parsed once per step, even when the first messages arrive on several threads at once: a mapping's functions
     * may keep state ({@code counter()}), and two parses would be two counters.
     */
    private Mapping compiled() {
        Mapping m = compiled;
        if (m == null) {
            synchronized (this) {
                m = compiled;
                if (m == null) {
                    m = Bloblang.parse(mapping);
                    compiled = m;
                }
            }
        }
        return m;
    }
}
