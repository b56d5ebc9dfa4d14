package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code mapping} / {@code bloblang} / {@code mutation} processor step: runs a Bloblang mapping on the message.
 * A failure flags the message with the error and leaves it unchanged; a deletion drops it and acks.
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
        Message in = BenthosExchange.toMessage(exchange);
        Throwable previousError = in.error();
        Optional<Message> out;
        try {
            out = mutation ? compiled().applyInPlace(in) : compiled().apply(in);
        } catch (BloblangException e) {
            LOG.error("{}: {}", path, e.getMessage());
            if (mutation) {
                // A mutation keeps what it changed before the failing statement (Benthos edits in place).
                BenthosExchange.fromMessage(in, exchange);
            }
            BenthosExchange.flag(exchange, e);
            return;
        }
        if (out.isEmpty()) {
            BenthosExchange.markDeleted(exchange);
            return;
        }
        Message result = out.get();
        if (result.error() == null && previousError != null) {
            // A mapping does not clear an earlier processor's error flag.
            result.setError(previousError);
        }
        BenthosExchange.fromMessage(result, exchange);
    }

    private Mapping compiled() {
        Mapping m = compiled;
        if (m == null) {
            m = Bloblang.parse(mapping);
            compiled = m;
        }
        return m;
    }
}
