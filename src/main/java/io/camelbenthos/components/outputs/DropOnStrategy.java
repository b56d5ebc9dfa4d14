package io.camelbenthos.components.outputs;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.go.GoRegexp;
import io.camelbenthos.camel.NackException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code drop_on} output's judgement of its child's outcome, as the aggregation strategy of the one-recipient
 * multicast that sends to the child: a failure is turned into an ack (the message is dropped) when {@code error} is
 * set or its text matches one of {@code error_patterns}; when the child has not answered within
 * {@code back_pressure} (the multicast's timeout) the message is dropped too with {@code error}, else nacked with
 * {@code experienced back pressure beyond: <d>}, which the patterns may match in turn.
 */
public class DropOnStrategy extends FanOutStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(DropOnStrategy.class);

    private boolean error;
    private List<String> errorPatterns = List.of();
    private String backPressure = "";
    private volatile List<GoRegexp> compiled;

    public boolean isError() {
        return error;
    }

    public void setError(boolean error) {
        this.error = error;
    }

    public List<String> getErrorPatterns() {
        return errorPatterns;
    }

    /** RE2 patterns; a failure whose text contains a match is dropped. */
    public void setErrorPatterns(List<String> errorPatterns) {
        this.errorPatterns = List.copyOf(errorPatterns);
        this.compiled = null;
    }

    public String getBackPressure() {
        return backPressure;
    }

    /** The {@code back_pressure} duration as written (Go syntax), "" when unset; only used for the nack text. */
    public void setBackPressure(String backPressure) {
        this.backPressure = backPressure == null ? "" : backPressure;
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange, Exchange inputExchange) {
        Exchange result = super.aggregate(oldExchange, newExchange, inputExchange);
        Exception failure = result.getException();
        if (failure != null && (dropsAnyError(failure) || matchesPattern(NackException.textOf(failure)))) {
            result.setException(null);
        }
        return result;
    }

    /** The child did not answer within {@code back_pressure}; {@code exchange} is the drop_on's own message. */
    @Override
    public void timeout(Exchange exchange, int index, int total, long timeout) {
        LOG.warn("Message dropped due to back pressure.");
        if (error) {
            return;
        }
        String text = "experienced back pressure beyond: " + GoDuration.format(GoDuration.parse(backPressure));
        if (!matchesPattern(text)) {
            exchange.setException(new NackException(text));
        }
    }

    private boolean dropsAnyError(Exception failure) {
        if (error) {
            LOG.warn("Message dropped due to: {}", NackException.textOf(failure));
        }
        return error;
    }

    private boolean matchesPattern(String text) {
        List<GoRegexp> patterns = compiled();
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matchString(text)) {
                LOG.warn("Message dropped due to error matching pattern {}: {}", i, text);
                return true;
            }
        }
        return false;
    }

    private List<GoRegexp> compiled() {
        List<GoRegexp> c = compiled;
        if (c == null) {
            c = new ArrayList<>(errorPatterns.size());
            for (String p : errorPatterns) {
                c.add(GoRegexp.compile(p));
            }
            compiled = c;
        }
        return c;
    }
}
