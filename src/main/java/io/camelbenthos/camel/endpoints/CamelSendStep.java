package io.camelbenthos.camel.endpoints;

import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The step before a {@code camel} output or processor hands a message (a batch of one) to a Camel producer: the
 * batch is parked in {@link #SAVED_BATCH}, the message becomes the Camel message (body bytes, metadata as headers),
 * and an interpolated URI is rendered against it into {@link #URI} for the dynamic send. A JavaBean holding the URI.
 */
public class CamelSendStep implements Processor {
    /** Exchange property holding the batch while the Camel message is out. */
    public static final String SAVED_BATCH = "CamelBenthosCamelSavedBatch";
    /** Exchange property holding the URI rendered for this message (an interpolated {@code uri} only). */
    public static final String URI = "CamelBenthosCamelUri";
    /** The Simple expression the dynamic send and enrich read the rendered URI with. */
    public static final String URI_EXPRESSION = "${exchangeProperty." + URI + "}";

    private String uri;
    private volatile InterpolatedString template;

    @Override
    public void process(Exchange exchange) {
        MessageBatch batch = BenthosExchange.batch(exchange);
        Message message = BenthosExchange.first(exchange);
        if (isDynamic(uri)) {
            exchange.setProperty(URI, template().render(message));
        }
        exchange.setProperty(SAVED_BATCH, batch);
        BenthosExchange.toCamelMessage(exchange);
    }

    /** Whether a URI holds Benthos interpolations, so it is rendered per message. */
    public static boolean isDynamic(String uri) {
        return uri.contains("${!");
    }

    private InterpolatedString template() {
        InterpolatedString t = template;
        if (t == null) {
            t = InterpolatedString.parse(uri);
            template = t;
        }
        return t;
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    @Override
    public String toString() {
        return "CamelSendStep[" + uri + "]";
    }
}
