package io.camelbenthos.translate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.camel.BenthosExchange;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * {@code pipeline.threads}: at most N messages are in the pipeline's processors at once, as Benthos runs N processor
 * goroutines reading one unbuffered channel from the inputs. A message holds its slot from this hand-over until the
 * output takes it ({@link PipelineThreadsRelease}) or it ends, including while a processor waits on I/O, as a Benthos
 * pipeline goroutine stays busy with its message until the output took it.
 *
 * <p>Waiting for a slot never holds a thread (see {@link PipelineSlots}): a message that finds all N taken is queued
 * in arrival order, the thread that brought it returns, and the message continues on a pipeline thread once a slot
 * is given back. Inputs that wait for each message to be acked ({@code generate}, {@code stdin}) therefore still
 * never run ahead of the pipeline, and an input whose threads are also needed to complete the messages in the
 * pipeline ({@code http_server}: Vert.x workers finish the asynchronous HTTP calls of the {@code http} processor)
 * cannot starve them.
 *
 * <p>Where a message runs once it has its slot: an input that already receives on many threads ({@code http_server},
 * which marks its exchanges with {@link BenthosExchange#CONCURRENT_INPUT}) and a pipeline thread sending its input's
 * next message carry on on their own thread, saving a hand-over that costs more than a typical HTTP config's whole
 * pipeline; other inputs hand it to one of N pipeline threads so their own thread can go on reading. The exchange
 * itself is never copied or re-correlated, so the reply still completes the request that sent it (InOut over
 * {@code direct:}). Ordering across threads is lost, as in Benthos.
 *
 * <p>A JavaBean so the route stays exportable: {@code threads} as configured ({@code <= 0} means one per CPU, Go's
 * {@code runtime.NumCPU()}). The pool comes from Camel's executor service manager and lives as long as the route.
 */
public class PipelineThreadsStep extends AsyncProcessorSupport implements CamelContextAware {
    /** Exchange property: the {@link PipelinePermit} an exchange holds until its output takes it. */
    static final String PERMIT = "CamelBenthosPipelinePermit";

    private long threads = -1;
    private CamelContext camelContext;
    private ExecutorService pool;
    private PipelineSlots slots;
    /** Set while this thread runs a task of this step. */
    private final ThreadLocal<Boolean> onPipelineThread = new ThreadLocal<>();

    public long getThreads() {
        return threads;
    }

    /** Pipeline threads; {@code <= 0} means one per CPU. */
    public void setThreads(long threads) {
        this.threads = threads;
    }

    /** The number of threads this step runs with on this machine. */
    public int effectiveThreads() {
        return threads <= 0 ? Runtime.getRuntime().availableProcessors() : (int) Math.min(threads, Integer.MAX_VALUE);
    }

    /** Messages waiting for a free slot (for monitoring and tests). */
    public int waitingSenders() {
        PipelineSlots s = slots;
        return s == null ? 0 : s.waiting();
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
    protected void doStart() throws Exception {
        int n = effectiveThreads();
        slots = new PipelineSlots(n);
        pool = camelContext.getExecutorServiceManager().newFixedThreadPool(this, "BenthosPipeline", n);
    }

    @Override
    protected void doStop() throws Exception {
        if (pool != null) {
            camelContext.getExecutorServiceManager().shutdown(pool);
            pool = null;
        }
        if (slots != null) {
            // Messages still queued end now (the pool is gone, so each fails as rejected) instead of never.
            slots.drain().forEach(Runnable::run);
        }
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        PipelineSlots s = slots;
        boolean taken = s.takeOrQueue(() -> {
            // A slot was given back by another message's thread: this message continues on a pipeline thread.
            hold(exchange, s);
            handOver(exchange, callback, false);
        });
        if (!taken) {
            return false;
        }
        hold(exchange, s);
        if (onPipelineThread.get() != null
                || Boolean.TRUE.equals(exchange.getProperty(BenthosExchange.CONCURRENT_INPUT, Boolean.class))) {
            callback.done(true);
            return true;
        }
        return handOver(exchange, callback, true);
    }

    private static void hold(Exchange exchange, PipelineSlots s) {
        PipelinePermit permit = new PipelinePermit(s);
        exchange.setProperty(PERMIT, permit);
        exchange.getExchangeExtension().addOnCompletion(permit);
    }

    /** Runs the rest of the route on a pipeline thread until it completes or goes asynchronous. */
    private boolean handOver(Exchange exchange, AsyncCallback callback, boolean fromSender) {
        ExecutorService p = pool;
        try {
            if (p == null) {
                throw new RejectedExecutionException("pipeline stopped");
            }
            p.execute(() -> {
                onPipelineThread.set(Boolean.TRUE);
                try {
                    callback.done(false);
                } finally {
                    onPipelineThread.remove();
                }
            });
            return false;
        } catch (RejectedExecutionException e) {
            PipelinePermit permit = exchange.getProperty(PERMIT, PipelinePermit.class);
            if (permit != null) {
                exchange.removeProperty(PERMIT);
                permit.release();
            }
            exchange.setException(e);
            callback.done(fromSender);
            return fromSender;
        }
    }

    @Override
    public String toString() {
        return "PipelineThreads[" + threads + "]";
    }
}
