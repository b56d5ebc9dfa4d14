package io.camelbenthos.buffer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The write side of a {@code system_window} buffer: the input transaction's messages are stamped by
 * {@code timestamp_mapping} and left in the {@link SystemWindow}; the input's exchange is held, not completed, until
 * each of them was acked downstream or dropped (no early ack: processors reference §21.2). A timestamp that cannot be
 * had nacks the whole transaction with Benthos's text. Holding costs no thread.
 *
 * <p>A JavaBean for export: {@code window} is the registry id of the buffer's {@link SystemWindow}.
 */
public class WindowWriteStep extends AsyncProcessorSupport implements CamelContextAware {
    private String window = "";
    private CamelContext camelContext;
    private volatile SystemWindow resolved;

    public String getWindow() {
        return window;
    }

    /** The registry id of the buffer's {@link SystemWindow}. */
    public void setWindow(String window) {
        this.window = window;
    }

    @Override
    @JsonIgnore // not a setting: export must not write the context out
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    protected void doStart() {
        resolved = lookup(camelContext, window);
    }

    static SystemWindow lookup(CamelContext context, String id) {
        SystemWindow w = context.getRegistry().lookupByNameAndType(id, SystemWindow.class);
        if (w == null) {
            throw new IllegalStateException("no system_window buffer bound under '" + id + "'");
        }
        return w;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<Message> messages = BenthosExchange.batch(exchange).messages();
        long[] timestamps = new long[messages.size()];
        try {
            for (int i = 0; i < timestamps.length; i++) {
                timestamps[i] = resolved.timestamp(messages, i);
            }
        } catch (WindowException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        Map<String, Object> properties = new HashMap<>(exchange.getProperties());
        properties.remove(BenthosExchange.CONCURRENT_INPUT);
        boolean[] sync = {true};
        boolean[] completed = {false};
        resolved.add(messages, timestamps, properties, failure -> {
            if (failure != null) {
                exchange.setException(failure);
            }
            synchronized (completed) {
                completed[0] = true;
                if (sync[0]) {
                    return; // completed within add: answered below, synchronously
                }
            }
            callback.done(false);
        });
        synchronized (completed) {
            sync[0] = false;
            if (completed[0]) {
                callback.done(true);
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "WindowWrite[" + window + "]";
    }
}
