package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The first step of a {@code branch}'s route, run on the copy that enrich sends (processors reference §2.1 step 2):
 * each message of the batch becomes a request without the original's error flag; {@code request_map} builds it onto
 * an empty message with the original's metadata, reading the original batch. A deleted request is skipped, a failed
 * one is reported to {@link BranchResultStrategy}, which flags its original; the surviving requests go through the
 * children as one batch, and {@link #INDEXES} says which original each one is.
 */
public class BranchRequestStep implements Processor {
    /** Exchange property on the request: no request survived, the children do not run. */
    static final String SKIPPED = "CamelBenthosBranchSkipped";
    /** Exchange property on the request: the {@link ProcessingError} of each failed request map, by index. */
    static final String FAILED = "CamelBenthosBranchRequestFailed";
    /** Exchange property on the request: the original index of each request sent to the children, in order. */
    static final String INDEXES = "CamelBenthosBranchIndexes";

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
        MessageBatch originals = BenthosExchange.batch(exchange);
        List<Message> requests = new ArrayList<>(originals.size());
        List<Integer> indexes = new ArrayList<>(originals.size());
        Map<Integer, ProcessingError> failed = new HashMap<>();
        for (int i = 0; i < originals.size(); i++) {
            Message original = originals.get(i);
            if (skips(exchange, i)) {
                continue;
            }
            if (requestMap.isEmpty()) {
                requests.add(original.copy().setError(null));
                indexes.add(i);
                continue;
            }
            Message request = Message.builder().content(new byte[0]).metadata(original.metadata()).build();
            try {
                Optional<Message> out = compiled().applyOnto(request, originals.messages(), i);
                if (out.isPresent()) {
                    requests.add(out.get());
                    indexes.add(i);
                }
            } catch (BloblangException e) {
                failed.put(i, new ProcessingError("request mapping failed: " + e.getMessage()));
            }
        }
        exchange.setProperty(FAILED, failed);
        exchange.setProperty(INDEXES, indexes);
        if (requests.isEmpty()) {
            exchange.setProperty(SKIPPED, Boolean.TRUE);
            exchange.setRouteStop(true);
            return;
        }
        BenthosExchange.setBatch(exchange, MessageBatch.of(requests));
    }

    /** True when message {@code index} gets no request, as if its request map deleted it ({@code workflow}'s replays). */
    protected boolean skips(Exchange exchange, int index) {
        return false;
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
