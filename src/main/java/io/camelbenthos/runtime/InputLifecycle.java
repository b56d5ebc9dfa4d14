package io.camelbenthos.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;

/**
 * Tracks when the inputs of the streams in a Camel context have closed. Benthos ends a stream once its input is
 * exhausted (a {@code generate} with a {@code count}, {@code stdin} at end of file) and the process exits when every
 * stream has ended; finite inputs report here, and the runner shuts down once everything has closed.
 *
 * <p>Bound once per Camel context under {@link #BEAN}. A stream is closed when as many input closures were reported
 * as it has leaf inputs (inputs that are not a broker or a resource reference); inputs that never close keep it open.
 */
public final class InputLifecycle {
    /** The registry name of the context's instance. */
    public static final String BEAN = "camelBenthosInputLifecycle";

    private final Map<String, Integer> expected = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> closed = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The context's instance, bound on first use. */
    public static InputLifecycle of(CamelContext camel) {
        synchronized (camel) {
            InputLifecycle existing = camel.getRegistry().lookupByNameAndType(BEAN, InputLifecycle.class);
            if (existing != null) {
                return existing;
            }
            InputLifecycle created = new InputLifecycle();
            camel.getRegistry().bind(BEAN, created);
            return created;
        }
    }

    /** Declares a stream and how many leaf inputs it has. */
    public void expect(String streamId, int leafInputs) {
        expected.put(streamId, leafInputs);
        closed.putIfAbsent(streamId, new AtomicInteger());
    }

    /** Called by a finite input once it has delivered everything it will ever deliver. */
    public void inputClosed(String streamId) {
        closed.computeIfAbsent(streamId, s -> new AtomicInteger()).incrementAndGet();
        if (allClosed()) {
            listeners.forEach(Runnable::run);
        }
    }

    public boolean isClosed(String streamId) {
        Integer want = expected.get(streamId);
        AtomicInteger got = closed.get(streamId);
        return want != null && got != null && got.get() >= want;
    }

    /** True when every declared stream has closed (false while none is declared). */
    public boolean allClosed() {
        return !expected.isEmpty() && expected.keySet().stream().allMatch(this::isClosed);
    }

    /** Runs {@code listener} (on the closing input's thread) once every stream has closed. */
    public void onAllClosed(Runnable listener) {
        listeners.add(listener);
        if (allClosed()) {
            listener.run();
        }
    }
}
