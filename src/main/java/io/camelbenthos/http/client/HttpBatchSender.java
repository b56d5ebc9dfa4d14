package io.camelbenthos.http.client;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.components.outputs.RouteBatchWriter;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;

/**
 * How http_client writes a batch its {@link BatchPolicyStep} completed, as Benthos's {@code WriteBatch} does:
 * <ul>
 *   <li>{@code batch_as_multipart: false} (or a batch of one): each message's own exchange goes through the send
 *       route in order; the first failure stops the rest;</li>
 *   <li>{@code batch_as_multipart: true}: one exchange (a copy of message 0's, so its sync-response store and thus
 *       {@code propagate_response} go to message 0) carries the batch in {@link #BATCH} and is sent as one multipart
 *       request.</li>
 * </ul>
 * Every message of the batch then completes with the batch's outcome: all ack, or all nack with the same error.
 *
 * <p>A JavaBean for export.
 */
public class HttpBatchSender extends RouteBatchWriter {
    /** Exchange property holding the messages of a batch sent as one multipart request. */
    public static final String BATCH = "CamelBenthosHttpBatch";

    private boolean asMultipart;

    public boolean isAsMultipart() {
        return asMultipart;
    }

    public void setAsMultipart(boolean asMultipart) {
        this.asMultipart = asMultipart;
    }

    @Override
    public void write(List<Exchange> batch, Runnable written) {
        AsyncProducer send = producer();
        if (send == null) {
            complete(batch, new HttpClientException("http_client: output closed before the batch was sent"), written);
            return;
        }
        if (asMultipart && batch.size() > 1) {
            Exchange whole = batch.get(0).copy();
            List<Message> messages = new ArrayList<>(batch.size());
            batch.forEach(e -> messages.add(BenthosExchange.toMessage(e)));
            whole.setProperty(BATCH, messages);
            send.process(whole, doneSync -> complete(batch, whole.getException(), written));
        } else {
            sendInOrder(send, batch, 0, written);
        }
    }

    /** Benthos's WriteBatch without batch_as_multipart: one request per message, the first failure aborts. */
    private static void sendInOrder(AsyncProducer send, List<Exchange> batch, int index, Runnable written) {
        if (index == batch.size()) {
            complete(batch, null, written);
            return;
        }
        Exchange exchange = batch.get(index);
        send.process(exchange, doneSync -> {
            Exception failure = exchange.getException();
            if (failure != null) {
                complete(batch, failure, written);
            } else {
                sendInOrder(send, batch, index + 1, written);
            }
        });
    }
}
