package io.camelbenthos.components.outputs;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.BoolQuery;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code switch} output's decision: tests the cases in order and lists the endpoints of those the message goes
 * to in {@link #TARGETS}, which the recipient list that follows reads. A match stops the testing unless the case has
 * {@code continue}; a check that fails counts as false. With {@code strict_mode} a message no case takes is nacked.
 */
public class SwitchOutputStep implements Processor {
    /** Exchange property: the endpoints of the cases the message goes to (a list, possibly empty). */
    public static final String TARGETS = "CamelBenthosSwitchTargets";
    static final String NO_MATCH = "no switch output conditions were met by message";

    private static final Logger LOG = LoggerFactory.getLogger(SwitchOutputStep.class);

    private List<String> checks = List.of();
    private List<Boolean> continues = List.of();
    private List<String> endpoints = List.of();
    private boolean strictMode;
    private volatile List<Mapping> compiled;

    public List<String> getChecks() {
        return checks;
    }

    /** Each case's Bloblang check, in order; "" always passes. */
    public void setChecks(List<String> checks) {
        this.checks = List.copyOf(checks);
        this.compiled = null;
    }

    public List<Boolean> getContinues() {
        return continues;
    }

    /** Each case's {@code continue}: keep testing the next cases after a match. */
    public void setContinues(List<Boolean> continues) {
        this.continues = List.copyOf(continues);
    }

    public List<String> getEndpoints() {
        return endpoints;
    }

    /** Each case's output endpoint. */
    public void setEndpoints(List<String> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    public boolean isStrictMode() {
        return strictMode;
    }

    public void setStrictMode(boolean strictMode) {
        this.strictMode = strictMode;
    }

    @Override
    public void process(Exchange exchange) {
        List<Mapping> tests = compiled();
        Message message = null;
        List<String> targets = new ArrayList<>(2);
        for (int i = 0; i < endpoints.size(); i++) {
            boolean matched = true;
            if (tests.get(i) != null) {
                if (message == null) {
                    message = BenthosExchange.toMessage(exchange);
                }
                matched = test(i, tests.get(i), message);
            }
            if (matched) {
                targets.add(endpoints.get(i));
                if (!continues.get(i)) {
                    break;
                }
            }
        }
        if (targets.isEmpty() && strictMode) {
            LOG.error("Message failed to match against at least one output check with strict mode enabled, it will be "
                    + "nacked and/or re-processed");
            throw new NackException(NO_MATCH);
        }
        exchange.setProperty(TARGETS, targets);
    }

    /** Benthos's {@code QueryPart}: the mapping must give a boolean; an error is logged and counts as false. */
    private static boolean test(int index, Mapping check, Message message) {
        try {
            return BoolQuery.test(check, message);
        } catch (BloblangException e) {
            LOG.error("Failed to test case {}: {}", index, e.getMessage());
            return false;
        }
    }

    private List<Mapping> compiled() {
        List<Mapping> c = compiled;
        if (c == null) {
            c = new ArrayList<>(checks.size());
            for (String check : checks) {
                c.add(check.isEmpty() ? null : Bloblang.parse(check));
            }
            compiled = c;
        }
        return c;
    }
}
