package io.camelbenthos.buffer;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncCallbackToCompletableFutureAdapter;
import org.apache.camel.support.AsyncProcessorHelper;

/**
 * The write side of a {@code system_window} buffer: the input transaction's messages are stamped by
 * {@code timestamp_mapping} and left in the {@link SystemWindow}; the input's exchange is held, not completed, until
 * each of them was acked downstream or dropped (no early ack: processors reference §21.2). A timestamp that cannot be
 * had nacks the whole transaction with Benthos's text. Holding costs no thread.
 *
 * <p>A JavaBean for export: {@code state} is the registry id of the buffer's {@link SystemWindow}.
 */
public class WindowWriteStep extends BufferStep<SystemWindow> implements AsyncProcessor {
    public WindowWriteStep() {
        super(SystemWindow.class);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        AsyncProcessorHelper.process(this, exchange);
    }

    @Override
    public CompletableFuture<Exchange> processAsync(Exchange exchange) {
        AsyncCallbackToCompletableFutureAdapter<Exchange> callback = new AsyncCallbackToCompletableFutureAdapter<>(exchange);
        process(exchange, callback);
        return callback.getFuture();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<Message> messages = BenthosExchange.batch(exchange).messages();
        long[] timestamps = new long[messages.size()];
        try {
            for (int i = 0; i < timestamps.length; i++) {
                timestamps[i] = state().timestamp(messages, i);
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
        state().add(messages, timestamps, properties, failure -> {
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

}
