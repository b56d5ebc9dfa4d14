package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The condition of a {@code while} loop, asked before each round: run the children again when this is the first round
 * and {@code at_least_once} is set, or when {@code check} is true for message 0 of the batch (a failing or non-boolean
 * check is false, logged), unless {@code max_loops} rounds ran or the children dropped every message.
 *
 * <p>Also the step before the loop, which gives the batch a fresh round counter: a counter object in a property,
 * because Camel evaluates a bean call in a condition on a copy of the exchange, so only what the copy shares by
 * reference outlives the call.
 */
public class WhileCheck implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(WhileCheck.class);

    private String check = "";
    private boolean atLeastOnce;
    private long maxLoops;
    private String countProperty = "CamelBenthosWhile";
    private volatile Mapping compiled;

    public String getCheck() {
        return check;
    }

    public void setCheck(String check) {
        this.check = check;
        this.compiled = null;
    }

    public boolean isAtLeastOnce() {
        return atLeastOnce;
    }

    public void setAtLeastOnce(boolean atLeastOnce) {
        this.atLeastOnce = atLeastOnce;
    }

    public long getMaxLoops() {
        return maxLoops;
    }

    /** The most rounds; 0: no limit. */
    public void setMaxLoops(long maxLoops) {
        this.maxLoops = maxLoops;
    }

    public String getCountProperty() {
        return countProperty;
    }

    /** The exchange property counting this loop's rounds (one per loop, so nested loops keep their own count). */
    public void setCountProperty(String countProperty) {
        this.countProperty = countProperty;
    }

    /** Before the loop: no round ran yet. */
    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(countProperty, new AtomicLong());
    }

    /** True when the children run (again); counts the round. */
    public boolean again(Exchange exchange) {
        AtomicLong rounds = exchange.getProperty(countProperty, AtomicLong.class);
        if (rounds == null) {
            return false;
        }
        MessageBatch batch = BenthosExchange.batch(exchange);
        boolean again = !batch.isEmpty() && (maxLoops <= 0 || rounds.get() < maxLoops)
                && ((rounds.get() == 0 && atLeastOnce) || passes(batch));
        if (again) {
            rounds.incrementAndGet();
        }
        return again;
    }

    private boolean passes(MessageBatch batch) {
        try {
            Mapping m = compiled;
            if (m == null) {
                m = Bloblang.parse(check);
                compiled = m;
            }
            Optional<Message> result = m.apply(batch.messages(), 0);
            String value = result.map(r -> r.contentAsString().strip()).orElse("");
            if (value.equals("true") || value.equals("false")) {
                return value.equals("true");
            }
            throw new BloblangException("expected bool value, got: " + value);
        } catch (BloblangException e) {
            LOG.error("Query failed for loop: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public String toString() {
        return "WhileCheck";
    }
}
