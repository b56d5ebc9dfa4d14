package io.camelbenthos.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The inputs and outputs of every stream in a Camel context, for {@code /ready}: Benthos answers 200 only when all of
 * them are connected (semantics §9.7). Bound once per context under {@link #BEAN} and added to it as a service, so
 * the probes start and stop with the context; a stream translated again (live reload) replaces its entries.
 */
public final class Readiness extends ServiceSupport {
    /** The registry name of the context's instance. */
    public static final String BEAN = "camelBenthosReadiness";

    private final CamelContext camel;
    private final Map<String, Stream> streams = new LinkedHashMap<>();

    private record Stream(List<ComponentReadiness> inputs, List<ComponentReadiness> outputs,
                          BooleanSupplier terminated) {
        List<ComponentReadiness> all() {
            List<ComponentReadiness> all = new ArrayList<>(inputs);
            all.addAll(outputs);
            return all;
        }
    }

    /** Everything {@code /ready} reports, inputs first, as Benthos lists them. */
    public record Report(List<ComponentReadiness> components, List<ConnectionState> states, boolean terminated) {
        /** Benthos's {@code AllActive}: at least one component, and every one connected. */
        public boolean allConnected() {
            return !states.isEmpty() && states.stream().allMatch(ConnectionState::connected);
        }
    }

    private Readiness(CamelContext camel) {
        this.camel = camel;
    }

    /** The context's instance, created, bound and added as a service on first use. */
    public static Readiness of(CamelContext camel) {
        synchronized (camel) {
            Readiness existing = find(camel);
            if (existing != null) {
                return existing;
            }
            Readiness created = new Readiness(camel);
            camel.getRegistry().bind(BEAN, created);
            try {
                camel.addService(created, true, true);
            } catch (Exception e) {
                throw new IllegalStateException("cannot add the readiness service", e);
            }
            return created;
        }
    }

    /** The context's instance, or null when no Benthos stream was added to it. */
    public static Readiness find(CamelContext camel) {
        return camel.getRegistry().lookupByNameAndType(BEAN, Readiness.class);
    }

    /**
     * Declares (or replaces) a stream's inputs and outputs.
     *
     * @param terminated true once the stream has ended ({@code /ready} then adds "stream terminated")
     */
    public synchronized void register(String streamId, List<ComponentReadiness> inputs,
                                      List<ComponentReadiness> outputs, BooleanSupplier terminated) {
        Stream previous = streams.put(streamId, new Stream(List.copyOf(inputs), List.copyOf(outputs), terminated));
        if (previous != null) {
            previous.all().forEach(c -> c.probe().stop());
        }
        if (isStarted() || isStarting()) {
            streams.get(streamId).all().forEach(c -> c.probe().start(camel));
        }
    }

    /** Forgets a stream that was removed (streams mode), stopping its probes. */
    public synchronized void unregister(String streamId) {
        Stream removed = streams.remove(streamId);
        if (removed != null) {
            removed.all().forEach(c -> c.probe().stop());
        }
    }

    /**
     * Streams mode's {@code /ready}: the ids of the streams still running (not terminated) with an input or output
     * that is not connected, in the order they were added.
     */
    public synchronized List<String> notConnectedStreams() {
        List<String> ids = new ArrayList<>();
        streams.forEach((id, s) -> {
            boolean connected = s.all().stream().allMatch(c -> c.probe().state().connected());
            if (!connected && !s.terminated().getAsBoolean()) {
                ids.add(id);
            }
        });
        return ids;
    }

    public synchronized boolean isEmpty() {
        return streams.isEmpty();
    }

    /** A snapshot: every input of every stream, then every output, each with its current state. */
    public synchronized Report report() {
        List<ComponentReadiness> components = new ArrayList<>();
        streams.values().forEach(s -> components.addAll(s.inputs()));
        streams.values().forEach(s -> components.addAll(s.outputs()));
        List<ConnectionState> states = components.stream().map(c -> c.probe().state()).toList();
        boolean terminated = streams.values().stream().anyMatch(s -> s.terminated().getAsBoolean());
        return new Report(List.copyOf(components), states, terminated);
    }

    @Override
    protected synchronized void doStart() {
        streams.values().forEach(s -> s.all().forEach(c -> c.probe().start(camel)));
    }

    @Override
    protected synchronized void doStop() {
        streams.values().forEach(s -> s.all().forEach(c -> c.probe().stop()));
    }
}
