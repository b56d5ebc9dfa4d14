package io.camelbenthos.translate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.camel.BenthosExchange;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * {@code pipeline.threads}: the rest of the pipeline route (processors, then the output) runs on one of N pipeline
 * threads, as Benthos runs N processor goroutines reading one unbuffered channel from the inputs.
 *
 * <p>Like that channel, the hand-over blocks the input's thread while all N threads are busy, so an input never runs
 * ahead of the pipeline (a {@code generate} timer or many HTTP requests cannot pile up work in a queue). A thread is
 * busy until the route goes asynchronous or finishes: an asynchronous output (Kafka waits in its send callback)
 * frees it, as a Benthos pipeline goroutine is freed once the output took the message. The exchange itself is
 * never copied or re-correlated, so the reply still completes the request that sent it (InOut over {@code direct:}).
 * Ordering across threads is lost, as in Benthos.
 *
 * <p>An input that already receives on many threads ({@code http_server}: one Vert.x worker per request) marks its
 * exchanges with {@link BenthosExchange#CONCURRENT_INPUT}; those run the pipeline on their own thread once one of the N permits is
 * free, and give the permit back when the output takes the message ({@link PipelineThreadsRelease}) or the exchange
 * ends. The limit is the same; what is saved is a thread hand-over per request, which costs more than the whole
 * pipeline of a typical HTTP config.
 *
 * <p>A JavaBean so the route stays exportable: {@code threads} as configured ({@code <= 0} means one per CPU, Go's
 * {@code runtime.NumCPU()}). The pool comes from Camel's executor service manager and lives as long as the route.
 */
public class PipelineThreadsStep extends AsyncProcessorSupport implements CamelContextAware {
    /** Exchange property: the {@link PipelinePermit} an inline exchange holds until its output takes it. */
    static final String PERMIT = "CamelBenthosPipelinePermit";

    private long threads = -1;
    private CamelContext camelContext;
    private ExecutorService pool;
    private Semaphore idle;
    /** Set while this thread runs a task of this step: the thread holds a permit already. */
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

    /** Senders blocked at the hand-over because every pipeline thread is busy (an estimate, for monitoring). */
    public int waitingSenders() {
        Semaphore s = idle;
        return s == null ? 0 : s.getQueueLength();
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
        idle = new Semaphore(n, true);
        pool = camelContext.getExecutorServiceManager().newFixedThreadPool(this, "BenthosPipeline", n);
    }

    @Override
    protected void doStop() throws Exception {
        if (pool != null) {
            camelContext.getExecutorServiceManager().shutdown(pool);
            pool = null;
        }
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (onPipelineThread.get() != null) {
            // A pipeline thread that finished a message runs its input's continuation too (e.g. a generate batch
            // loop sending the next message). It already is one of the N threads: taking a second permit could
            // deadlock N such threads, so it carries on with the next message itself, as a free Benthos pipeline
            // goroutine takes the next message from the channel.
            callback.done(true);
            return true;
        }
        try {
            // The unbuffered channel: wait for a free pipeline thread (fair, so senders are served in order).
            idle.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (Boolean.TRUE.equals(exchange.getProperty(BenthosExchange.CONCURRENT_INPUT, Boolean.class))) {
            PipelinePermit permit = new PipelinePermit(idle);
            exchange.setProperty(PERMIT, permit);
            exchange.getExchangeExtension().addOnCompletion(permit);
            callback.done(true);
            return true;
        }
        try {
            pool.execute(() -> {
                onPipelineThread.set(Boolean.TRUE);
                try {
                    // Runs the rest of the route on this thread until it completes or goes asynchronous.
                    callback.done(false);
                } finally {
                    onPipelineThread.remove();
                    idle.release();
                }
            });
        } catch (RejectedExecutionException e) {
            idle.release();
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "PipelineThreads[" + threads + "]";
    }
}
