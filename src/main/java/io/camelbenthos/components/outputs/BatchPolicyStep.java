package io.camelbenthos.components.outputs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ShutdownPrepared;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output's {@code batching} policy (Benthos {@code internal/batch/policy}): messages are held here until the batch
 * is complete, then all of them continue to the output together, in arrival order. A batch completes when it holds
 * {@code count} messages, when its contents reach {@code byte_size} bytes, when {@code check} returns true for the
 * message just added, or when {@code period} has passed since the last flush (a timer, and also checked on every add).
 *
 * <p>Each message's exchange is held, not completed, so its ack (and a sync response) still waits for its own write
 * after the flush: a Camel aggregator would complete the incoming exchanges at once and ack them before the batch is
 * written. By default every message of a completed batch continues down the route on its own and is acked after its
 * own write (kafka, broker); with a {@link BatchWriter} named by {@link #setWriter(String)} the batch is handed over
 * whole instead (http_client sends it as N requests or one multipart request) and every message goes on only once the
 * writer is done, with the outcome the writer set on its exchange (for an output, the batching step is then its last).
 *
 * <p>Stopping: a graceful shutdown (and, failing that, stopping the step) flushes what is held as a partial batch,
 * as Benthos flushes on close, rather than nacking it: nothing is lost either way, but a flush spares the input a
 * redelivery. Camel's graceful shutdown prepares the routes' services while every route is still started, so a
 * writer's send route still takes the flushed batch; should a send fail there, the writer nacks the batch as usual.
 *
 * <p>Only inputs that keep several messages in flight can fill a batch by count: {@code http_server} requests,
 * for one. An input that waits for each message's ack before reading the next ({@code stdin} here,
 * unlike Benthos's asynchronous readers) holds one message at a time, so its batches complete on {@code period} (or at
 * shutdown) only.
 *
 * <p>A JavaBean for export; {@code periodMs} 0 means no period.
 */
public class BatchPolicyStep extends AsyncProcessorSupport implements CamelContextAware, ShutdownPrepared {
    private static final Logger LOG = LoggerFactory.getLogger(BatchPolicyStep.class);

    private long count;
    private long byteSize;
    private long periodMs;
    private String check = "";
    private String writer = "";
    private volatile Mapping compiledCheck;
    private BatchWriter batchWriter;
    private CamelContext camelContext;
    private ScheduledExecutorService timer;

    private final Object lock = new Object();
    private List<Held> held = new ArrayList<>();
    /** The held messages as {@code check} sees them, converted once on arrival (only when there is a check). */
    private List<Message> heldMessages = new ArrayList<>();
    private long sizeTally;
    /** Messages held (an exchange holds a batch of one or more). */
    private long heldCount;
    private long lastFlushNanos = System.nanoTime();
    /** Set once shutdown began: nothing is held any more, a late message goes straight on. */
    private boolean closing;

    private record Held(Exchange exchange, AsyncCallback callback) {
    }

    /**
     * The step for a {@code batching} block, or empty when the policy is a no-op (Benthos {@code IsNoop}: count at
     * most 1 and no byte size, period or check).
     */
    public static Optional<BatchPolicyStep> from(ComponentConfig batching) {
        BatchPolicyStep step = new BatchPolicyStep();
        step.setCount(batching.integer("count"));
        step.setByteSize(batching.integer("byte_size"));
        step.setPeriodMs(batching.isSet("period") ? batching.duration("period").toMillis() : 0);
        step.setCheck(batching.string("check"));
        boolean noop = step.count <= 1 && step.byteSize <= 0 && step.periodMs <= 0 && step.check.isBlank();
        return noop ? Optional.empty() : Optional.of(step);
    }

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

    public long getPeriodMs() {
        return periodMs;
    }

    public void setPeriodMs(long periodMs) {
        this.periodMs = periodMs;
    }

    public String getCheck() {
        return check;
    }

    public void setCheck(String check) {
        this.check = check == null ? "" : check;
        this.compiledCheck = null;
    }

    /** The registry name of the {@link BatchWriter} that writes each completed batch; empty: messages go on alone. */
    public String getWriter() {
        return writer;
    }

    public void setWriter(String writer) {
        this.writer = writer == null ? "" : writer;
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

    /** Messages currently held for the next batch. */
    public int heldMessages() {
        synchronized (lock) {
            return held.size();
        }
    }

    @Override
    protected void doStart() throws Exception {
        if (!check.isBlank() && compiledCheck == null) {
            compiledCheck = Bloblang.parse(check);
        }
        if (!writer.isEmpty()) {
            batchWriter = camelContext.getRegistry().lookupByNameAndType(writer, BatchWriter.class);
            if (batchWriter == null) {
                throw new IllegalStateException("batch writer not found in the registry: " + writer);
            }
            CamelContextAware.trySetCamelContext(batchWriter, camelContext);
            ServiceHelper.startService(batchWriter);
        }
        synchronized (lock) {
            lastFlushNanos = System.nanoTime();
            closing = false;
        }
        if (periodMs > 0) {
            timer = camelContext.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "BenthosBatchPeriod");
            timer.schedule(this::periodTick, periodMs, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (timer != null) {
            camelContext.getExecutorServiceManager().shutdownNow(timer);
            timer = null;
        }
        closeAndFlush();
        ServiceHelper.stopService(batchWriter);
        batchWriter = null;
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        if (!suspendOnly) {
            // Graceful shutdown waits for in-flight exchanges: send the partial batch rather than wait for it to fill.
            closeAndFlush();
        }
    }

    /** From now on nothing is held: the partial batch goes on, and so does every later message. */
    private void closeAndFlush() {
        synchronized (lock) {
            closing = true;
        }
        release(flush());
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<Held> batch = null;
        synchronized (lock) {
            held.add(new Held(exchange, callback));
            MessageBatch messages = BenthosExchange.batch(exchange);
            heldCount += messages.size();
            if (compiledCheck != null) {
                heldMessages.addAll(messages.messages());
            }
            boolean triggered = (count > 0 && heldCount >= count) || bytesReached(messages) || checkPasses();
            boolean periodPassed = periodMs > 0 && System.nanoTime() - lastFlushNanos > TimeUnit.MILLISECONDS.toNanos(periodMs);
            if (triggered || periodPassed || closing) {
                batch = flush();
            }
        }
        release(batch);
        return false;
    }

    /** Must hold the lock. */
    private boolean bytesReached(MessageBatch messages) {
        if (byteSize <= 0) {
            return false;
        }
        sizeTally += messages.byteSize();
        return sizeTally >= byteSize;
    }

    /** Runs {@code check} on the message just added, seeing the batch so far; an error counts as false. Holds the lock. */
    private boolean checkPasses() {
        Mapping m = compiledCheck;
        if (m == null) {
            return false;
        }
        try {
            Optional<Message> result = m.apply(heldMessages, heldMessages.size() - 1);
            if (result.isEmpty()) {
                return false;
            }
            String value = result.get().contentAsString().strip();
            if (!value.equals("true") && !value.equals("false")) {
                throw new BloblangException("expected bool value, got: " + value);
            }
            return value.equals("true");
        } catch (BloblangException e) {
            LOG.error("Failed to execute batch check query: {}", e.getMessage());
            return false;
        }
    }

    /** Takes the held batch (possibly empty) and restarts the period, as Benthos's Flush does. */
    private List<Held> flush() {
        synchronized (lock) {
            List<Held> batch = held;
            held = new ArrayList<>();
            heldMessages = new ArrayList<>();
            heldCount = 0;
            sizeTally = 0;
            lastFlushNanos = System.nanoTime();
            return batch;
        }
    }

    /** Hands a batch to the writer, or lets every message continue to the output, in arrival order. */
    private void release(List<Held> batch) {
        if (batch == null || batch.isEmpty()) {
            return;
        }
        BatchWriter w = batchWriter;
        if (w == null) {
            batch.forEach(BatchPolicyStep::complete);
            return;
        }
        w.write(batch.stream().map(Held::exchange).toList(), () -> batch.forEach(BatchPolicyStep::complete));
    }

    private static void complete(Held held) {
        held.callback().done(false);
    }

    private void periodTick() {
        long waitNanos;
        synchronized (lock) {
            long due = lastFlushNanos + TimeUnit.MILLISECONDS.toNanos(periodMs);
            waitNanos = due - System.nanoTime();
        }
        if (waitNanos <= 0) {
            release(flush());
            waitNanos = TimeUnit.MILLISECONDS.toNanos(periodMs);
        }
        ScheduledExecutorService t = timer;
        if (t != null && !t.isShutdown()) {
            t.schedule(this::periodTick, waitNanos, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public String toString() {
        return "BatchPolicy[count=" + count + ", byteSize=" + byteSize + ", periodMs=" + periodMs
                + (writer.isEmpty() ? "" : ", writer=" + writer) + "]";
    }
}
