package io.camelbenthos.http.client;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ShutdownPrepared;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.service.ServiceHelper;

/**
 * http_client's {@code batching} policy in front of the send route: messages wait here (their exchanges
 * suspended, not acked) until {@code count} messages or {@code byte_size} bytes are collected or {@code period} has
 * passed since the first one, then the batch is written as Benthos's {@code WriteBatch} does:
 * <ul>
 *   <li>{@code batch_as_multipart: false}: each message's own exchange goes through the send route in order; the
 *       first failure stops the rest and nacks the whole batch;</li>
 *   <li>{@code batch_as_multipart: true}: one exchange (a copy of message 0's, so its sync-response store) carries
 *       the batch in {@link #BATCH} and is sent as one multipart request.</li>
 * </ul>
 * Every message of the batch then completes with the batch's outcome: all ack, or all nack with the same error.
 */
public class HttpBatcher extends AsyncProcessorSupport implements ShutdownPrepared {
    /** Exchange property holding the messages of a batch sent as one multipart request. */
    public static final String BATCH = "CamelBenthosHttpBatch";

    private static final String CLOSED = "http_client: output closed before the batch was sent";

    private record Member(Exchange exchange, AsyncCallback callback) {
    }

    private long count;
    private long byteSize;
    private long periodMillis;
    private boolean asMultipart;
    private String sendUri = "";

    private final Object lock = new Object();
    private List<Member> pending = new ArrayList<>();
    private long pendingBytes;
    private ScheduledFuture<?> timer;
    private boolean closing;
    private ScheduledExecutorService scheduler;
    private AsyncProducer producer;

    public long getCount() {
        return count;
    }

    public void setCount(long count) {
        this.count = count;
    }

    public long getByteSize() {
        return byteSize;
    }

    public void setByteSize(long byteSize) {
        this.byteSize = byteSize;
    }

    /** {@code period} in milliseconds, 0 for none. */
    public long getPeriodMillis() {
        return periodMillis;
    }

    public void setPeriodMillis(long periodMillis) {
        this.periodMillis = periodMillis;
    }

    public boolean isAsMultipart() {
        return asMultipart;
    }

    public void setAsMultipart(boolean asMultipart) {
        this.asMultipart = asMultipart;
    }

    /** The endpoint of the route holding the http_client send steps. */
    public String getSendUri() {
        return sendUri;
    }

    public void setSendUri(String sendUri) {
        this.sendUri = sendUri;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<Member> full = null;
        synchronized (lock) {
            if (closing) {
                exchange.setException(new HttpClientException(CLOSED));
                callback.done(true);
                return true;
            }
            pending.add(new Member(exchange, callback));
            byte[] body = exchange.getMessage().getBody(byte[].class);
            pendingBytes += body == null ? 0 : body.length;
            if ((count > 0 && pending.size() >= count) || (byteSize > 0 && pendingBytes >= byteSize)) {
                full = take();
            } else if (periodMillis > 0 && timer == null) {
                // Benthos times the period from the last flush; from the batch's first message is the same for a
                // steady stream and never flushes an idle output early.
                timer = scheduler(exchange.getContext()).schedule(this::flushOnTimer, periodMillis,
                        TimeUnit.MILLISECONDS);
            }
        }
        if (full != null) {
            write(full, exchange.getContext());
        }
        return false;
    }

    private List<Member> take() {
        List<Member> batch = pending;
        pending = new ArrayList<>();
        pendingBytes = 0;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        return batch;
    }

    private void flushOnTimer() {
        List<Member> batch;
        synchronized (lock) {
            timer = null;
            batch = pending.isEmpty() ? null : take();
        }
        if (batch != null) {
            write(batch, batch.get(0).exchange().getContext());
        }
    }

    private void write(List<Member> batch, CamelContext camel) {
        AsyncProducer send;
        try {
            send = producer(camel);
        } catch (Exception e) {
            complete(batch, e);
            return;
        }
        if (asMultipart && batch.size() > 1) {
            Exchange whole = batch.get(0).exchange().copy();
            List<Message> messages = new ArrayList<>(batch.size());
            batch.forEach(m -> messages.add(BenthosExchange.toMessage(m.exchange())));
            whole.setProperty(BATCH, messages);
            send.process(whole, doneSync -> complete(batch, whole.getException()));
        } else {
            sendInOrder(send, batch, 0);
        }
    }

    /** Benthos's WriteBatch without batch_as_multipart: one request per message, the first failure aborts. */
    private void sendInOrder(AsyncProducer send, List<Member> batch, int index) {
        if (index == batch.size()) {
            complete(batch, null);
            return;
        }
        Exchange exchange = batch.get(index).exchange();
        send.process(exchange, doneSync -> {
            Exception failure = exchange.getException();
            if (failure != null) {
                complete(batch, failure);
            } else {
                sendInOrder(send, batch, index + 1);
            }
        });
    }

    private static void complete(List<Member> batch, Exception failure) {
        for (Member m : batch) {
            m.exchange().setException(failure);
            m.callback().done(false);
        }
    }

    private synchronized AsyncProducer producer(CamelContext camel) throws Exception {
        if (producer == null) {
            AsyncProducer created = camel.getEndpoint(sendUri).createAsyncProducer();
            ServiceHelper.startService(created);
            producer = created;
        }
        return producer;
    }

    private synchronized ScheduledExecutorService scheduler(CamelContext camel) {
        if (scheduler == null) {
            scheduler = camel.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "http_client batching");
        }
        return scheduler;
    }

    /**
     * A graceful shutdown nacks the incomplete batch at once rather than waiting for messages that will not come:
     * the send route may already be stopped, and a nack hands the messages back to their input.
     */
    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        if (!suspendOnly) {
            nackPending();
        }
    }

    private void nackPending() {
        List<Member> left;
        synchronized (lock) {
            closing = true;
            left = take();
        }
        complete(left, new HttpClientException(CLOSED));
    }

    /** How many messages wait for their batch to complete. */
    int pendingCount() {
        synchronized (lock) {
            return pending.size();
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        synchronized (lock) {
            closing = false;
        }
    }

    @Override
    protected void doStop() throws Exception {
        nackPending();
        synchronized (this) {
            ServiceHelper.stopService(producer);
            producer = null;
            if (scheduler != null) {
                scheduler.shutdownNow();
                scheduler = null;
            }
        }
        super.doStop();
    }
}
