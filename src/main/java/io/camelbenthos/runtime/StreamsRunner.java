package io.camelbenthos.runtime;

import io.camelbenthos.http.BenthosMetrics;
import io.camelbenthos.http.HttpServerSettings;
import io.camelbenthos.http.HttpServerSettingsFactory;
import io.camelbenthos.http.ServiceWideServer;
import io.camelbenthos.metrics.MetricsSettings;
import io.camelbenthos.translate.BenthosRouteBuilder;
import io.camelbenthos.translate.TranslatedStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.main.SimpleMainShutdownStrategy;

/**
 * Runs translated streams side by side in one Camel context with Camel Main. Shutdown is graceful and bounded by
 * the largest {@code shutdown_timeout} of the configs: inputs stop first, in-flight messages finish, then outputs.
 * The run ends when {@link #stop()} is called or when every stream's input has closed (Benthos exits once its
 * inputs are exhausted).
 */
public final class StreamsRunner implements AutoCloseable {
    private final Main main = new Main();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile List<TranslatedStream> streams;
    private ServiceWideServer serviceServer;
    private HttpServerSettings serviceSettings;
    private MetricsSettings metricsSettings;
    private boolean endWhenInputsClose = true;

    public StreamsRunner(List<TranslatedStream> streams) {
        this.streams = List.copyOf(streams);
        main.configure().addRoutesBuilder(new BenthosRouteBuilder(streams));
        main.configure().setShutdownTimeout(shutdownTimeoutSeconds(streams));
        // The routes are given right here: Camel Main's routes collector would only spend start-up time scanning
        // the registry and the class path (camel/*, camel-rest/*...) for more and find nothing. (The bean
        // post-processor stays: turning it off logs a line of its own at every start.)
        main.configure().setRoutesCollectorEnabled(false);
        // The CLI owns the signal handling so that SIGTERM can end with exit code 0 once stopped (see RunCommand).
        main.setShutdownStrategy(new SimpleMainShutdownStrategy());
    }

    /**
     * Streams mode: the service-wide server runs with these settings (the root config's {@code http}) even with no
     * stream, and the run goes on when every input has closed, as streams are added and removed while it runs.
     */
    /** The {@code metrics} block every stream shares (streams mode's root config); else the first stream's. */
    public StreamsRunner metrics(MetricsSettings settings) {
        this.metricsSettings = settings;
        return this;
    }

    public StreamsRunner streamsMode(HttpServerSettings rootHttp) {
        this.serviceSettings = rootHttp;
        this.endWhenInputsClose = false;
        return this;
    }

    /** The service-wide server, or null before the start, after the stop or when it could not bind. */
    public ServiceWideServer serviceServer() {
        return serviceServer;
    }

    /** The largest shutdown_timeout of the streams, in whole seconds (at least 1). */
    public static int shutdownTimeoutSeconds(List<TranslatedStream> streams) {
        Duration max = streams.stream().map(s -> s.config().shutdownTimeout()).max(Duration::compareTo).orElse(Duration.ofSeconds(20));
        return (int) Math.max(1, (max.toMillis() + 999) / 1000);
    }

    /** Starts the context and returns once every route has started. */
    public void start() throws Exception {
        // Bound before the routes start: the first component that counts (or the service-wide server) creates the
        // context's metrics from it, so /metrics exists only when the exporter serves it
        MetricsSettings metrics = metricsSettings != null ? metricsSettings
                : streams.isEmpty() ? MetricsSettings.defaults() : MetricsSettings.from(streams.get(0).config().metrics());
        main.bind(BenthosMetrics.SETTINGS_BEAN, metrics);
        main.start();
        if (serviceSettings != null) {
            serviceServer = ServiceWideServer.start(camel(), serviceSettings);
        } else if (!streams.isEmpty()) {
            // Benthos serves /ping, /ready, /metrics... for the whole run, whether or not an input uses the server
            serviceServer = ServiceWideServer.start(camel(), HttpServerSettingsFactory.from(streams.get(0).config().http()));
        }
        if (endWhenInputsClose) {
            InputLifecycle.of(camel()).onAllClosed(this::requestStop);
        }
    }

    /** Blocks until the run has been asked to end (stop, or all inputs closed), then stops gracefully. */
    public void awaitTermination() throws InterruptedException {
        finished.await();
        stopCamel();
    }

    /** As {@link #awaitTermination()} with a limit; false when the run is still going. */
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (!finished.await(timeout, unit)) {
            return false;
        }
        stopCamel();
        return true;
    }

    /** Asks the run to end; {@link #awaitTermination()} then stops the context. */
    public void requestStop() {
        finished.countDown();
    }

    public CamelContext camel() {
        return main.getCamelContext();
    }

    public List<TranslatedStream> streams() {
        return streams;
    }

    /** Replaces one stream's routes with a new translation of it (for {@code -w}). */
    public synchronized void replace(TranslatedStream updated) throws Exception {
        for (TranslatedStream old : streams) {
            if (old.id().equals(updated.id())) {
                removeRoutes(old);
            }
        }
        camel().addRoutes(new BenthosRouteBuilder(List.of(updated)));
        streams = streams.stream().map(s -> s.id().equals(updated.id()) ? updated : s).toList();
    }

    /** Adds and starts a stream whose id is not running yet (streams mode). */
    public synchronized void add(TranslatedStream added) throws Exception {
        if (streams.stream().anyMatch(s -> s.id().equals(added.id()))) {
            throw new IllegalStateException("stream " + added.id() + " already exists");
        }
        camel().addRoutes(new BenthosRouteBuilder(List.of(added)));
        List<TranslatedStream> all = new java.util.ArrayList<>(streams);
        all.add(added);
        streams = List.copyOf(all);
    }

    /** Stops and removes a stream's routes (streams mode); false when no stream has that id. */
    public synchronized boolean remove(String id) throws Exception {
        TranslatedStream old = streams.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (old == null) {
            return false;
        }
        removeRoutes(old);
        io.camelbenthos.readiness.Readiness.of(camel()).unregister(id);
        streams = streams.stream().filter(s -> !s.id().equals(id)).toList();
        return true;
    }

    private void removeRoutes(TranslatedStream old) throws Exception {
        CamelContext camel = camel();
        // Inputs were added last: stop in reverse order so nothing is delivered into a removed route.
        List<org.apache.camel.model.RouteDefinition> routes = old.routes();
        for (int i = routes.size() - 1; i >= 0; i--) {
            String routeId = routes.get(i).getRouteId();
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
    }

    /** Stops gracefully right away. */
    public void stop() {
        requestStop();
        stopCamel();
    }

    private synchronized void stopCamel() {
        if (serviceServer != null) {
            serviceServer.close(); // before the context stops: the component closes every server with it
            serviceServer = null;
        }
        if (!main.isStopped()) {
            main.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
