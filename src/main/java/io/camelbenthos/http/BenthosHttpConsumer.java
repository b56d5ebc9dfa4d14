package io.camelbenthos.http;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.support.DefaultConsumer;

/**
 * Turns each request into exchanges and answers it once the route has acked (completed) or nacked (failed), as
 * http_server does (semantics §1.3). The request is dispatched to Camel on a Vert.x worker thread, or, when the
 * endpoint says the route never blocks ({@code eventLoop}), right on the event loop that received it, saving two
 * thread hand-overs per request; the reply is written from whatever thread completes the exchange.
 */
public class BenthosHttpConsumer extends DefaultConsumer implements Suspendable, RequestHandler {
    /** Benthos's {@code /endpoints} description of an input's {@code path}. */
    static final String POST_DESCRIPTION = "Post a message into Benthos.";
    /** Benthos's {@code /endpoints} description of an input's {@code ws_path}. */
    static final String WS_DESCRIPTION = "Post messages via websocket into Benthos.";
    private final BenthosHttpEndpoint endpoint;
    private final PathTemplate path;
    /** Null when {@code ws_path} is empty. */
    private final PathTemplate wsPath;
    private final RequestHandler wsHandler = this::upgrade;
    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();
    private final Set<String> allowedVerbs;
    private final SyncResponseRenderer renderer;
    private final InflightRequests inflight = new InflightRequests();
    private volatile boolean closing;
    private Vertx vertx;
    private BenthosServer server;
    private BenthosMetrics.InputCounters counters;

    public BenthosHttpConsumer(BenthosHttpEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.path = PathTemplate.compile(endpoint.getPath());
        this.wsPath = endpoint.getWsPath().isEmpty() ? null : PathTemplate.compile(endpoint.getWsPath());
        List<String> verbs = endpoint.allowedVerbList();
        if (verbs.isEmpty()) {
            throw new IllegalArgumentException("must specify at least one allowed verb");
        }
        this.allowedVerbs = Set.copyOf(verbs);
        this.renderer = new SyncResponseRenderer(endpoint.getResponseStatus(), endpoint.effectiveResponseHeaders(),
                new MetadataFilter(endpoint.getMetadataPrefixes(), endpoint.getMetadataPatterns()));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        BenthosHttpComponent component = endpoint.getComponent();
        vertx = component.vertx();
        counters = BenthosMetrics.installIn(getEndpoint().getCamelContext())
                .input(getRouteId() == null ? endpoint.getEndpointKey() : getRouteId(), endpoint.getLabel());
        closing = false;
        server = endpoint.getAddress().isEmpty() ? acquireShared(component) : acquireDedicated(component);
    }

    /** Puts the input's paths on its server; a server bound for this input listens only after this. */
    private void registerPaths(BenthosServer on) {
        if (!endpoint.getPath().isEmpty()) {
            on.register(path, POST_DESCRIPTION, this);
        }
        if (wsPath != null) {
            on.register(wsPath, WS_DESCRIPTION, wsHandler); // after path: the same path is a websocket (Go)
        }
    }

    private BenthosServer acquireShared(BenthosHttpComponent component) {
        return ServiceWideServer.acquire(component, getEndpoint().getCamelContext(),
                endpoint.effectiveServerSettings(), this::registerPaths);
    }

    private BenthosServer acquireDedicated(BenthosHttpComponent component) {
        CorsPolicy cors = endpoint.isCorsEnabled() ? new CorsPolicy(endpoint.corsOriginList()) : null;
        BenthosServer.ListenOptions options = new BenthosServer.ListenOptions(endpoint.getCertFile(),
                endpoint.getKeyFile(), endpoint.isReuseAddr(), endpoint.isReusePort());
        return component.servers().acquire(vertx, endpoint.getAddress(),
                () -> new BenthosServer(endpoint.getAddress(), cors, null, null, false, component.startupGate()),
                options, ServerRegistry.Paths.NONE, this::registerPaths);
    }

    @Override
    protected void doSuspend() throws Exception {
        closing = true; // new requests get 503 while in-flight ones finish (Camel's graceful shutdown suspends first)
    }

    @Override
    protected void doResume() throws Exception {
        closing = false;
    }

    @Override
    protected void doStop() throws Exception {
        closing = true;
        sessions.forEach(WebSocketSession::stop);
        // In-flight requests are answered (ack, nack or 408) before the server may close under them.
        inflight.awaitZero(endpoint.getTimeout() + 1000);
        if (server != null) {
            BenthosServer stopping = server;
            server = null;
            // Released first: a server that closes with this input answers its paths ("Server closing") until it
            // has closed, as Go's Shutdown does, rather than 404 for a moment; one that stays retires them.
            endpoint.getComponent().servers().release(stopping);
            if (!endpoint.getPath().isEmpty()) {
                stopping.retire(path, this);
            }
            if (wsPath != null) {
                stopping.retire(wsPath, wsHandler);
            }
        }
        super.doStop();
    }

    @Override
    public void handle(HttpServerRequest request, String requestPath, Map<String, String> pathVariables) {
        if (closing) {
            GoHttp.error(request.response(), 503, "Server closing");
            return;
        }
        if (!allowedVerbs.contains(request.method().name())) {
            GoHttp.error(request.response(), 405, "Incorrect method");
            return;
        }
        if (endpoint.getRateLimit() != null && !RateLimitGate.admit(endpoint.getRateLimit(), request.response())) {
            return;
        }
        String contentType = request.getHeader("Content-Type");
        Map<String, Object> metadata = RequestMetadata.of(request, requestPath, pathVariables);
        request.body().onComplete(body -> {
            if (body.failed()) {
                GoHttp.error(request.response(), 400, "Bad request");
                return;
            }
            List<byte[]> parts;
            try {
                parts = messagesOf(body.result(), contentType);
            } catch (Multipart.MalformedException e) {
                GoHttp.error(request.response(), 400, "Bad request");
                return;
            }
            // Counted first, then closing checked again: the body arrives later than the request, and a stop that
            // began meanwhile (a reload) either waits for this request or is seen here; never a half-stopped route.
            inflight.increment();
            if (closing) {
                inflight.decrement();
                GoHttp.error(request.response(), 503, "Server closing");
                return;
            }
            counters.received().add(parts.size());
            PendingRequest pending = new PendingRequest(request.response(), renderer, inflight, counters::latency);
            pending.startTimer(vertx, endpoint.getTimeout());
            if (parts.isEmpty()) {
                // A multipart body without parts is an empty batch. Benthos hands it on, a processor drops it and
                // sync_response finds no store in it, so it acks with nothing stored: 200, empty body.
                pending.ack();
                return;
            }
            if (endpoint.isEventLoop()) {
                dispatchAll(pending, parts, metadata); // the route never blocks: no hand-over to a worker
                return;
            }
            vertx.executeBlocking(() -> {
                dispatchAll(pending, parts, metadata);
                return null;
            }, false);
        });
    }

    private void dispatchAll(PendingRequest pending, List<byte[]> parts, Map<String, Object> metadata) {
        try {
            dispatch(pending, parts, metadata);
        } catch (RuntimeException e) {
            pending.nack(e); // never leave the client waiting for the 408 on a dispatch failure
        }
    }

    /** The {@code ws_path} handler: gorilla's handshake checks, then one {@link WebSocketSession} per connection. */
    private void upgrade(HttpServerRequest request, String requestPath, Map<String, String> pathVariables) {
        if (closing) {
            GoHttp.error(request.response(), 503, "Server closing");
            return;
        }
        if (!WebSocketHandshake.admit(request)) {
            return;
        }
        Map<String, Object> metadata = RequestMetadata.ofWebSocket(request, pathVariables);
        Context context = vertx.getOrCreateContext();
        request.toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                if (!request.response().ended()) {
                    GoHttp.error(request.response(), 400, "Bad request");
                }
                return;
            }
            WebSocketSession[] self = new WebSocketSession[1];
            self[0] = new WebSocketSession(upgraded.result(), context, metadata, sessionSettings(),
                    () -> sessions.remove(self[0]));
            sessions.add(self[0]);
            self[0].start();
            if (closing) {
                self[0].stop(); // the input began stopping during the handshake
            }
        });
    }

    private WebSocketSession.Settings sessionSettings() {
        return new WebSocketSession.Settings(this::route, endpoint.getRateLimit(), endpoint.getWsWelcomeMessage(),
                endpoint.getWsRateLimitMessage(), inflight, counters);
    }

    /** A multipart request is one batch of its parts (§1.4); anything else is one message. */
    private static List<byte[]> messagesOf(Buffer body, String contentType) throws Multipart.MalformedException {
        byte[] bytes = body.getBytes();
        if (Multipart.isMultipart(contentType)) {
            return Multipart.parse(bytes, contentType);
        }
        return List.of(bytes);
    }

    /**
     * Routes the request as one transaction: its ack is the reply, its nack answers 502. A multipart request is one
     * batch of its parts, each part a message with the request's metadata.
     */
    private void dispatch(PendingRequest pending, List<byte[]> parts, Map<String, Object> metadata) {
        Object body;
        if (parts.size() == 1) {
            body = parts.get(0);
        } else {
            List<Message> messages = new ArrayList<>(parts.size());
            for (byte[] part : parts) {
                messages.add(Message.builder().content(part).metadata(metadata).build());
            }
            body = MessageBatch.of(messages);
        }
        route(body, metadata, pending.store(), failure -> {
            if (failure != null) {
                pending.nack(failure);
            } else {
                pending.ack();
            }
        });
    }

    /**
     * Routes one transaction with the request's store: {@code content} is one message's bytes, or a
     * {@link MessageBatch} of several; {@code done} gets null once it acked, the failure on a nack.
     */
    private void route(Object content, Map<String, Object> metadata, ResultStore store,
                       java.util.function.Consumer<Throwable> done) {
        Exchange exchange = createExchange(false);
        // A plain Camel message (body, headers), so the endpoint serves plain Camel routes too; the first Benthos step
        // adopts it as a batch of one (BenthosExchange.batch).
        exchange.getMessage().setBody(content);
        if (!(content instanceof MessageBatch)) {
            exchange.getMessage().getHeaders().putAll(metadata);
        }
        exchange.setProperty(ResultStore.PROPERTY, store);
        // requests arrive on many threads (Vert.x workers or event loops): the pipeline may run on this one (within
        // pipeline.threads)
        exchange.setProperty(BenthosExchange.CONCURRENT_INPUT, Boolean.TRUE);
        getAsyncProcessor().process(exchange, doneSync -> {
            Exception failure = exchange.getException();
            releaseExchange(exchange, false);
            done.accept(failure);
        });
    }
}
