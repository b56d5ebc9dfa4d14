package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The base of a step that makes a message wait ({@code sleep}, {@code rate_limit}) without holding a thread while it
 * waits: the step asks {@link #nextWait} how long, a timer wakes the message up after that and the rest of the route
 * continues on a worker thread, so neither the pipeline thread that brought the message nor the timer is held (a
 * pipeline thread held for a whole sleep would stall every other message behind {@code pipeline.threads}).
 *
 * <p>A transaction still waiting when the step stops has its messages flagged with {@link #stoppedText()} and goes on, as Benthos's
 * processors end their waits on close. Subclasses are JavaBeans holding only their settings.
 */
public abstract class WaitingStep extends AsyncProcessorSupport {
    /**
     * One waiting transaction, at message {@code index} of its batch; whoever removes it from {@link #waiting} first
     * (the timer or stop) completes it.
     */
    private record Waiting(Exchange exchange, AsyncCallback callback, int index, int attempt) {
    }

    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;
    private ExecutorService workers;

    /**
     * How long message {@code index} of the exchange's batch must wait before this is asked again, zero to let it go
     * on. The messages of a batch wait one after the other, as Benthos's processors loop over a batch.
     *
     * @param attempt 0 when the message's turn comes, then 1, 2, ... after each wait
     */
    protected abstract Duration nextWait(Exchange exchange, int index, int attempt);

    /** Benthos's error text for a message whose wait was cut short by the step stopping. */
    protected abstract String stoppedText();

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        return proceed(exchange, callback, 0, 0, true);
    }

    /**
     * Asks for the waits from message {@code index}'s attempt on, moving to the next message while there is none to
     * wait; schedules the first real wait, or completes the exchange after the last message.
     */
    private boolean proceed(Exchange exchange, AsyncCallback callback, int index, int attempt, boolean sync) {
        int size = BenthosExchange.batch(exchange).size();
        int at = index;
        int tries = attempt;
        while (at < size) {
            Duration wait;
            try {
                wait = nextWait(exchange, at, tries);
            } catch (RuntimeException e) {
                exchange.setException(e); // a bug, not a message's failure: the callback must still be called
                callback.done(sync);
                return sync;
            }
            if (wait.isZero() || wait.isNegative()) {
                at++;
                tries = 0;
                continue;
            }
            schedule(new Waiting(exchange, callback, at, tries + 1), wait);
            return false;
        }
        callback.done(sync);
        return sync;
    }

    private void schedule(Waiting w, Duration wait) {
        waiting.add(w);
        try {
            ScheduledFuture<?> unused = timer(w.exchange().getContext())
                    .schedule(() -> wake(w), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            stopped(w);
        }
    }

    /** On the timer thread: hands the message to a worker (the timer must only hand work on). */
    private void wake(Waiting w) {
        try {
            workers(w.exchange().getContext()).execute(() -> resume(w));
        } catch (RejectedExecutionException e) {
            stopped(w);
        }
    }

    private void resume(Waiting w) {
        if (!waiting.remove(w)) {
            return; // the step stopped meanwhile and completed it
        }
        proceed(w.exchange(), w.callback(), w.index(), w.attempt(), false);
    }

    private void stopped(Waiting w) {
        if (waiting.remove(w)) {
            BenthosExchange.flag(w.exchange(), new ProcessingError(stoppedText()));
            w.callback().done(false);
        }
    }

    /** Messages waiting now (for tests and monitoring). */
    public int waitingMessages() {
        return waiting.size();
    }

    private synchronized ScheduledExecutorService timer(CamelContext camel) {
        if (timer == null) {
            timer = camel.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "processor wait timer");
        }
        return timer;
    }

    private synchronized ExecutorService workers(CamelContext camel) {
        if (workers == null) {
            workers = camel.getExecutorServiceManager().newCachedThreadPool(this, "processor wait");
        }
        return workers;
    }

    /** Ends every wait (flagged), then drops the threads: made again if the route starts again. */
    @Override
    protected void doStop() throws Exception {
        List<Waiting> cut = new ArrayList<>(waiting);
        cut.forEach(this::stopped);
        synchronized (this) {
            if (timer != null) {
                timer.shutdownNow();
                timer = null;
            }
            if (workers != null) {
                workers.shutdown();
                workers = null;
            }
        }
        super.doStop();
    }
}
