package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The base of a per-message step whose work happens off the pipeline thread ({@code command}, {@code subprocess}):
 * the step returns a future of each message's result and the messages of a batch run one after the other, in order,
 * as Benthos loops over a batch. The pipeline thread that brought the exchange returns at once; when a result arrives
 * the route goes on from a worker thread of this step, never from the thread that produced the result (a
 * subprocess's own thread must stay free for the next message, else a route looping back to it would wedge).
 *
 * <p>As {@link PerMessageStep}: a result carrying an error flag flows on flagged; a future failing flags the message
 * as it came in with the failure's text. Subclasses are JavaBeans holding only their settings.
 */
public abstract class AsyncMessageStep extends AsyncProcessorSupport {
    private ExecutorService workers;

    /**
     * The result of message {@code index} of {@code batch} ({@code message} is a copy of it, free to edit), on any
     * thread; a message flagged in the result goes on flagged.
     */
    protected abstract CompletableFuture<Message> process(Message message, List<Message> batch, int index);

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<Message> batch = BenthosExchange.batch(exchange).messages();
        if (batch.isEmpty()) {
            callback.done(true);
            return true;
        }
        return runFrom(0, exchange, batch, new ArrayList<>(batch), callback, true);
    }

    /** Runs message {@code i} on; loops while results are already there, so no stack builds up. */
    private boolean runFrom(int i, Exchange exchange, List<Message> batch, List<Message> results,
                            AsyncCallback callback, boolean sync) {
        for (int at = i; at < batch.size(); at++) {
            Message copy = batch.get(at).copy();
            CompletableFuture<Message> f;
            try {
                f = process(copy, batch, at);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            if (!f.isDone()) {
                int index = at;
                f.whenComplete((result, error) -> {
                    try {
                        workers(exchange.getContext()).execute(() -> {
                            results.set(index, outcome(copy, result, error));
                            runFrom(index + 1, exchange, batch, results, callback, false);
                        });
                    } catch (RejectedExecutionException e) {
                        // the step stopped meanwhile: the rest of the batch goes on flagged, from here
                        for (int j = index; j < batch.size(); j++) {
                            results.set(j, batch.get(j).copy().setError(new ProcessingError("processor stopped")));
                        }
                        finish(exchange, results, callback, false);
                    }
                });
                return false;
            }
            Message result = null;
            Throwable error = null;
            try {
                result = f.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                error = e;
            }
            results.set(at, outcome(copy, result, error));
        }
        return finish(exchange, results, callback, sync);
    }

    private static boolean finish(Exchange exchange, List<Message> results, AsyncCallback callback, boolean sync) {
        BenthosExchange.setBatch(exchange, MessageBatch.of(results));
        callback.done(sync);
        return sync;
    }

    private static Message outcome(Message copy, Message result, Throwable error) {
        if (error == null) {
            return result;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return copy.setError(cause instanceof ProcessingError p ? p : new ProcessingError(String.valueOf(
                cause.getMessage())));
    }

    private synchronized ExecutorService workers(CamelContext camel) {
        if (workers == null) {
            workers = camel.getExecutorServiceManager().newCachedThreadPool(this, "processor continue");
        }
        return workers;
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            if (workers != null) {
                workers.shutdown();
                workers = null;
            }
        }
        super.doStop();
    }
}
