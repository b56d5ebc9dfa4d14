package io.camelbenthos.components.outputs;

import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The {@code reject} output's step: nacks every message with the interpolated error text. */
public class RejectStep implements Processor {
    private String message = "";
    private volatile InterpolatedString compiled;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
        this.compiled = null;
    }

    @Override
    public void process(Exchange exchange) {
        if (!message.contains("${!")) {
            // Nothing to interpolate: skip building a message view.
            throw new NackException(message);
        }
        InterpolatedString m = compiled;
        if (m == null) {
            m = InterpolatedString.parse(message);
            compiled = m;
        }
        throw new NackException(m.render(BenthosExchange.toMessage(exchange)));
    }
}
