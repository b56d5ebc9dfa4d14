package io.camelbenthos.http;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code benthos-http} Camel component: Benthos's http_server input as a Camel consumer on Vert.x.
 *
 * <p>URI: {@code benthos-http:<path>} on the shared server (top-level {@code http} block, default
 * {@code 0.0.0.0:4195}), or {@code benthos-http:<host>:<port><path>} on a dedicated server. See
 * {@link BenthosHttpEndpoint} for the options. One Vert.x instance serves every server: a {@link Vertx} bound in the
 * registry is reused, otherwise the component creates (and later closes) its own.
 */
@Component("benthos-http")
public class BenthosHttpComponent extends DefaultComponent {
    /** Registry name of the Vert.x instance the component creates when the registry holds none. */
    public static final String VERTX_BEAN = "benthosVertx";
    private final ServerRegistry servers = new ServerRegistry();
    private Vertx vertx;
    private boolean ownsVertx;
    private StartupGate startupGate;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        BenthosHttpEndpoint endpoint = new BenthosHttpEndpoint(uri, this);
        String address = "";
        String path = remaining;
        if (!remaining.startsWith("/")) {
            int slash = remaining.indexOf('/');
            address = slash < 0 ? remaining : remaining.substring(0, slash);
            path = slash < 0 ? "" : remaining.substring(slash);
        }
        endpoint.setAddress(address);
        endpoint.setPath(path);
        Map<String, Object> headers = PropertiesHelper.extractProperties(parameters, "responseHeader.");
        if (!headers.isEmpty()) {
            Map<String, String> h = new LinkedHashMap<>();
            headers.forEach((k, v) -> h.put(k, String.valueOf(v)));
            endpoint.setResponseHeaders(h);
        }
        endpoint.setMetadataPrefixes(indexed(PropertiesHelper.extractProperties(parameters, "metadataPrefix.")));
        endpoint.setMetadataPatterns(indexed(PropertiesHelper.extractProperties(parameters, "metadataPattern.")));
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** {@code x.0=a&x.1=b} as the list [a, b], in index order. */
    private static List<String> indexed(Map<String, Object> values) {
        Map<Integer, String> sorted = new TreeMap<>();
        values.forEach((k, v) -> sorted.put(Integer.parseInt(k), String.valueOf(v)));
        return new ArrayList<>(sorted.values());
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // Early enough for routes built after the first benthos-http endpoint to be counted (intercept strategies
        // apply when a route is built).
        BenthosMetrics.installIn(getCamelContext());
        startupGate = StartupGate.of(getCamelContext());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // Inside an application serving HTTP through platform-http: its Vert.x, whose server the paths mount on
        org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter application =
                ServiceWideServer.applicationServer(getCamelContext());
        vertx = application != null ? application.vertx()
                : getCamelContext().getRegistry().findSingleByType(Vertx.class);
        if (vertx == null) {
            vertx = Vertx.vertx(options());
            ownsVertx = true;
            // Bound so camel-vertx-http (the http_client output) finds and shares it: one Vert.x per context.
            getCamelContext().getRegistry().bind(VERTX_BEAN, Vertx.class, vertx);
        }
    }

    /**
     * Vert.x without its file resolver's class-path cache: nothing here serves files, and the cache costs every
     * start a directory under /tmp (named by a SecureRandom UUID) and a shutdown hook to delete it.
     */
    static VertxOptions options() {
        return new VertxOptions().setFileSystemOptions(
                new FileSystemOptions().setClassPathResolvingEnabled(false).setFileCachingEnabled(false));
    }

    @Override
    protected void doStop() throws Exception {
        servers.closeAll();
        if (ownsVertx && vertx != null) {
            getCamelContext().getRegistry().unbind(VERTX_BEAN);
            vertx.close().toCompletionStage().toCompletableFuture().join();
            vertx = null;
            ownsVertx = false;
        }
        super.doStop();
    }

    Vertx vertx() {
        return vertx;
    }

    ServerRegistry servers() {
        return servers;
    }

    StartupGate startupGate() {
        return startupGate;
    }
}
