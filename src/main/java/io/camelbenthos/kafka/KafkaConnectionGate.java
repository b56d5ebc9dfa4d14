package io.camelbenthos.kafka;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.readiness.OutputConnection;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The connect phase of a {@code kafka} output, as a step in front of its producer: from the route's start it connects
 * to the brokers in the background ({@link OutputConnection}, attempts by {@link KafkaConnector}), logging each
 * failure and retrying with Benthos's backoff, and holds every message until a broker answers. An unresolvable or
 * unreachable address therefore never stops the stream: the producer (started lazily, see {@link KafkaProducerUri})
 * is only created once a broker is there, and messages meanwhile wait, as in Benthos.
 *
 * <p>A held message holds no thread: it continues on a thread of this gate's pool once a broker answered, so a long
 * outage under load cannot starve the threads that serve requests or complete other steps (the pipeline-wedge rule).
 *
 * <p>It is also the output's {@code /ready} probe. A JavaBean, so the route stays exportable: {@code endpointUri} is
 * the camel-kafka endpoint the output sends to, whose settings (brokers, TLS, SASL) the attempts use.
 */
public class KafkaConnectionGate extends AsyncProcessorSupport implements CamelContextAware, ConnectionProbe {
    private String endpointUri;
    private CamelContext camelContext;
    private volatile OutputConnection connection;
    private ExecutorService resumer;
    /** Messages waiting for the first connection, in arrival order; also the lock for {@code draining}. */
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private boolean draining;

    public KafkaConnectionGate() {
    }

    public KafkaConnectionGate(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    public String getEndpointUri() {
        return endpointUri;
    }

    /** The camel-kafka endpoint URI of the output's producer. */
    public void setEndpointUri(String endpointUri) {
        this.endpointUri = endpointUri;
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
        resumer = camelContext.getExecutorServiceManager().newCachedThreadPool(this, "KafkaConnectionGate");
        OutputConnection started = new OutputConnection("kafka",
                KafkaConnector.of(camelContext.getEndpoint(endpointUri, KafkaEndpoint.class)));
        started.start();
        connection = started;
    }

    @Override
    protected void doStop() {
        OutputConnection stopping = connection;
        if (stopping != null) {
            stopping.close(); // fails the held messages, which resume on the pool before it goes
        }
        if (resumer != null) {
            camelContext.getExecutorServiceManager().shutdown(resumer);
            resumer = null;
        }
    }

    /** Lets the message on once a broker answered; fails it when the output stops first. */
    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        OutputConnection current = connection;
        CompletableFuture<Void> writable = current == null
                ? CompletableFuture.failedFuture(new IllegalStateException("type was closed"))
                : current.writable();
        synchronized (held) {
            if (held.isEmpty() && !draining && writable.isDone() && !writable.isCompletedExceptionally()) {
                callback.done(true);
                return true;
            }
            // Held in arrival order, behind any still held, so a batch is written in its order.
            held.add(new Held(exchange, callback));
            if (!draining) {
                draining = true;
                ExecutorService pool = resumer;
                if (pool == null) {
                    writable.whenComplete((ok, failure) -> release(failure));
                } else {
                    writable.whenCompleteAsync((ok, failure) -> release(failure), pool);
                }
            }
        }
        return false;
    }

    /** Continues the held messages one after the other, each until it goes asynchronous (the producer's send). */
    private void release(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        while (true) {
            Held next;
            synchronized (held) {
                next = held.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            if (cause != null) {
                next.exchange().setException(cause);
            }
            next.callback().done(false);
        }
    }

    private record Held(Exchange exchange, AsyncCallback callback) {
    }

    @Override
    public ConnectionState state() {
        OutputConnection current = connection;
        return current == null ? ConnectionState.PENDING : current.state();
    }

    @Override
    public String toString() {
        return "KafkaConnectionGate[" + endpointUri + "]";
    }
}
