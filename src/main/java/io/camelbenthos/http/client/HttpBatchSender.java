package io.camelbenthos.http.client;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.components.outputs.RouteBatchWriter;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;

/**
 * How http_client writes a batch its {@link BatchPolicyStep} completed, as Benthos's {@code WriteBatch} does:
 * <ul>
 *   <li>{@code batch_as_multipart: false} (or a batch of one message): each message goes through the send route in
 *       order, as a request of its own; the first failure stops the rest;</li>
 *   <li>{@code batch_as_multipart: true}: one exchange (a copy of the first held one, so its sync-response store and
 *       thus {@code propagate_response} go to message 0) carries every message of every held transaction in
 *       {@link #BATCH} and is sent as one multipart request.</li>
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
        // Every message of every held transaction: a transaction may itself carry several (a multipart request, an
        // input's batch), and Benthos's batcher flattens them all into the one batch it writes.
        List<Message> messages = new ArrayList<>();
        batch.forEach(e -> messages.addAll(BenthosExchange.batch(e).messages()));
        if (asMultipart && messages.size() > 1) {
            Exchange whole = batch.get(0).copy();
            whole.setProperty(BATCH, messages);
            send.process(whole, doneSync -> complete(batch, whole.getException(), written));
        } else {
            sendInOrder(send, requests(batch), 0, batch, written);
        }
    }

    /**
     * One exchange per message: a held transaction of one message is sent as it is; one of several is sent as a
     * copy per message (copies share its sync-response store), so each message is a request of its own.
     */
    private static List<Exchange> requests(List<Exchange> batch) {
        List<Exchange> requests = new ArrayList<>();
        for (Exchange e : batch) {
            List<Message> own = BenthosExchange.batch(e).messages();
            if (own.size() == 1) {
                requests.add(e);
                continue;
            }
            for (Message m : own) {
                Exchange single = e.copy();
                BenthosExchange.setBatch(single, MessageBatch.of(m));
                requests.add(single);
            }
        }
        return requests;
    }

    /** Benthos's WriteBatch without batch_as_multipart: one request per message, the first failure aborts. */
    private static void sendInOrder(AsyncProducer send, List<Exchange> requests, int index, List<Exchange> batch,
                                    Runnable written) {
        if (index == requests.size()) {
            complete(batch, null, written);
            return;
        }
        Exchange exchange = requests.get(index);
        send.process(exchange, doneSync -> {
            Exception failure = exchange.getException();
            if (failure != null) {
                complete(batch, failure, written);
            } else {
                sendInOrder(send, requests, index + 1, batch, written);
            }
        });
    }
}
