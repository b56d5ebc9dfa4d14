package io.camelbenthos.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.support.LifecycleStrategySupport;

/**
 * Holds the requests for paths no input has registered yet while a Camel context starts or a config's routes are
 * being added, and routes them once that is done: Benthos serves only once its inputs are registered, so it never
 * answers 404 for a configured path. Outside those times a miss is a 404 right away.
 *
 * <p>One per context (bound in its registry). It is closed from the context's start until every route has started,
 * and while {@link #during} adds routes to a running context (a reload, a config loaded into a running
 * application); a stopping context opens it, so no request waits for the servers to close.
 */
public final class StartupGate {
    /** Registry name under which the instance of a context is bound. */
    public static final String BEAN_NAME = "benthosStartupGate";

    private final List<Held> held = new ArrayList<>();
    /** Guarded by this: false from the context's start until all its routes have started. */
    private boolean started;
    /** Guarded by this: how many {@link #during} calls are running. */
    private int loading;

    private record Held(HttpServerRequest request, Context context, Consumer<HttpServerRequest> retry) {
    }

    private StartupGate(boolean started) {
        this.started = started;
    }

    /** The context's gate: looked up, or created, bound and told of the context's start and stop. */
    public static synchronized StartupGate of(CamelContext camel) {
        StartupGate existing = camel.getRegistry().lookupByNameAndType(BEAN_NAME, StartupGate.class);
        if (existing != null) {
            return existing;
        }
        // closed until the context has started (a stopping one answers misses at once)
        StartupGate gate = new StartupGate(camel.isStarted() || camel.isStopping());
        camel.getRegistry().bind(BEAN_NAME, gate);
        camel.addLifecycleStrategy(new LifecycleStrategySupport() {
            @Override
            public void onContextStarting(CamelContext context) {
                gate.setStarted(false);
            }

            @Override
            public void onContextStarted(CamelContext context) {
                gate.setStarted(true);
            }

            @Override
            public void onContextStopping(CamelContext context) {
                gate.setStarted(true); // a failed start or a shutdown
            }
        });
        return gate;
    }

    /** Runs {@code work} (adding routes) with misses held until it is done, and returns its result. */
    public <T> T during(Callable<T> work) throws Exception {
        synchronized (this) {
            loading++;
        }
        try {
            return work.call();
        } finally {
            synchronized (this) {
                loading--;
            }
            releaseIfOpen();
        }
    }

    /**
     * Holds a request that matched no path while the gate is closed: it is paused and given to {@code retry}, on its
     * own event loop, once the gate opens.
     *
     * @return false when the gate is open and the miss must be answered now
     */
    boolean hold(HttpServerRequest request, Consumer<HttpServerRequest> retry) {
        Context context = Vertx.currentContext();
        synchronized (this) {
            if (isOpen()) {
                return false;
            }
            request.pause(); // its body must wait for the handler, not be lost meanwhile
            held.add(new Held(request, context, retry));
            return true;
        }
    }

    /** How many requests wait (for tests). */
    synchronized int heldCount() {
        return held.size();
    }

    private void setStarted(boolean value) {
        synchronized (this) {
            started = value;
        }
        releaseIfOpen();
    }

    private boolean isOpen() {
        return started && loading == 0;
    }

    private void releaseIfOpen() {
        List<Held> ready;
        synchronized (this) {
            if (!isOpen() || held.isEmpty()) {
                return;
            }
            ready = List.copyOf(held);
            held.clear();
        }
        for (Held h : ready) {
            if (h.context() == null) {
                retry(h);
            } else {
                h.context().runOnContext(v -> retry(h));
            }
        }
    }

    private static void retry(Held h) {
        if (h.request().response().closed()) {
            return; // the client went away while it waited
        }
        h.request().resume();
        h.retry().accept(h.request());
    }
}
