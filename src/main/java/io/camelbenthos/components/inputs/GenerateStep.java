package io.camelbenthos.components.inputs;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The {@code generate} input's step: makes a message by running its mapping against an empty message. */
public class GenerateStep implements Processor {
    private String mapping = "";
    private volatile Mapping compiled;

    public String getMapping() {
        return mapping;
    }

    public void setMapping(String mapping) {
        this.mapping = mapping;
        this.compiled = null;
    }

    @Override
    public void process(Exchange exchange) {
        Mapping m = compiled;
        if (m == null) {
            m = Bloblang.parse(mapping);
            compiled = m;
        }
        exchange.getMessage().getHeaders().clear();
        Optional<Message> out;
        try {
            out = m.apply(Message.of(new byte[0]));
        } catch (BloblangException e) {
            throw new NackException("failed to generate message: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            // A deleted message is simply not generated.
            BenthosExchange.markDeleted(exchange);
            return;
        }
        BenthosExchange.fromMessage(out.get(), exchange);
    }
}
