package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The first step of a {@code branch}'s route, run on the copy that enrich sends: the copy enters without the
 * original's error flag, and {@code request_map} builds the request onto an empty message with the original's
 * metadata, reading the original. A deleted request skips the children; a failed one is reported to
 * {@link BranchResultStrategy}, which flags the original.
 */
public class BranchRequestStep implements Processor {
    /** Exchange property on the request: the request map deleted it, the children do not run. */
    static final String SKIPPED = "CamelBenthosBranchSkipped";
    /** Exchange property on the request: the {@link ProcessingError} of a failed request map. */
    static final String FAILED = "CamelBenthosBranchRequestFailed";

    private String requestMap = "";
    private volatile Mapping compiled;

    public String getRequestMap() {
        return requestMap;
    }

    /** The Bloblang request mapping; empty: the request is an exact copy of the original. */
    public void setRequestMap(String requestMap) {
        this.requestMap = requestMap;
        this.compiled = null;
    }

    @Override
    public void process(Exchange exchange) {
        Message original = BenthosExchange.toMessage(exchange);
        exchange.removeProperty(BenthosExchange.ERROR);
        if (requestMap.isEmpty()) {
            return;
        }
        Message request = Message.builder().content(new byte[0]).metadata(original.metadata()).build();
        Optional<Message> out;
        try {
            out = compiled().applyOnto(request, List.of(original), 0);
        } catch (BloblangException e) {
            exchange.setProperty(FAILED, new ProcessingError("request mapping failed: " + e.getMessage()));
            exchange.setRouteStop(true);
            return;
        }
        if (out.isEmpty()) {
            exchange.setProperty(SKIPPED, Boolean.TRUE);
            exchange.setRouteStop(true);
            return;
        }
        BenthosExchange.fromMessage(out.get(), exchange);
    }

    private Mapping compiled() {
        Mapping m = compiled;
        if (m == null) {
            m = Bloblang.parse(requestMap);
            compiled = m;
        }
        return m;
    }

    @Override
    public String toString() {
        return "BranchRequest";
    }
}
