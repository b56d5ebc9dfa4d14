package io.camelbenthos.components.inputs;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The {@code generate} input's step: makes one transaction per tick, a batch of {@code batchSize} messages, each by
 * running the mapping against an empty message (a deleted one is simply not generated).
 */
public class GenerateStep implements Processor {
    private String mapping = "";
    private int batchSize = 1;
    private volatile Mapping compiled;

    public String getMapping() {
        return mapping;
    }

    public void setMapping(String mapping) {
        this.mapping = mapping;
        this.compiled = null;
    }

    public int getBatchSize() {
        return batchSize;
    }

    /** Messages per tick, at least 1. */
    public void setBatchSize(int batchSize) {
        this.batchSize = Math.max(1, batchSize);
    }

    @Override
    public void process(Exchange exchange) {
        Mapping m = compiled;
        if (m == null) {
            m = Bloblang.parse(mapping);
            compiled = m;
        }
        exchange.getMessage().getHeaders().clear();
        List<Message> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < batchSize; i++) {
            try {
                m.apply(Message.of(new byte[0])).ifPresent(batch::add);
            } catch (BloblangException e) {
                throw new NackException("failed to generate message: " + e.getMessage(), e);
            }
        }
        BenthosExchange.setResult(exchange, batch);
    }
}
