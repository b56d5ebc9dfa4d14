package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Decides whether case {@code index} of a {@code switch} processor runs for this message, and records it in the
 * {@link #RUN} property the case's filter reads. The switch's progress (testing, falling through, done) lives in a
 * per-switch property so nested switches do not disturb each other.
 */
public class SwitchCaseStep implements Processor {
    /** Exchange property read by the case's filter: whether the case just decided runs. */
    public static final String RUN = "CamelBenthosSwitchRun";

    private static final String TESTING = "testing";
    private static final String FALLING = "falling";
    private static final String DONE = "done";

    private String stateProperty = "CamelBenthosSwitch";
    private int index;
    private String check = "";
    private boolean fallthrough;
    private boolean continueTesting;
    private volatile Mapping compiled;

    public String getStateProperty() {
        return stateProperty;
    }

    public void setStateProperty(String stateProperty) {
        this.stateProperty = stateProperty;
    }

    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
    }

    public String getCheck() {
        return check;
    }

    public void setCheck(String check) {
        this.check = check;
        this.compiled = null;
    }

    public boolean isFallthrough() {
        return fallthrough;
    }

    public void setFallthrough(boolean fallthrough) {
        this.fallthrough = fallthrough;
    }

    public boolean isContinueTesting() {
        return continueTesting;
    }

    public void setContinueTesting(boolean continueTesting) {
        this.continueTesting = continueTesting;
    }

    @Override
    public void process(Exchange exchange) {
        String state = index == 0 ? TESTING : exchange.getProperty(stateProperty, TESTING, String.class);
        boolean run;
        String next;
        switch (state) {
            case FALLING -> {
                run = true;
                next = afterRun();
            }
            case TESTING -> {
                try {
                    run = matches(exchange);
                    next = run ? afterRun() : TESTING;
                } catch (BloblangException e) {
                    // A failing check flags the message and removes it from the remaining cases.
                    BenthosExchange.flag(exchange, e);
                    run = false;
                    next = DONE;
                }
            }
            default -> {
                run = false;
                next = DONE;
            }
        }
        exchange.setProperty(stateProperty, next);
        exchange.setProperty(RUN, run);
    }

    private String afterRun() {
        return fallthrough ? FALLING : continueTesting ? TESTING : DONE;
    }

    private boolean matches(Exchange exchange) {
        if (check.isBlank()) {
            return true;
        }
        Mapping m = compiled;
        if (m == null) {
            m = Bloblang.parse(check);
            compiled = m;
        }
        Optional<Message> result = m.apply(BenthosExchange.toMessage(exchange));
        if (result.isEmpty()) {
            return false;
        }
        String value = result.get().contentAsString().strip();
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new BloblangException("expected bool value, got: " + value);
    }
}
