package io.camelbenthos.nats;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.http.MetadataFilter;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.readiness.OutputConnection;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.JetStream;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benthos's {@code nats}, {@code nats_jetstream} and {@code nats_kv} outputs (semantics: connectors §3.3, §3.5,
 * §3.6): one publish per message of the exchange's batch, subject (or KV key) and headers interpolated per message,
 * metadata passing the include filter added as headers. Core NATS publishes are fire-and-forget, acked once handed to
 * the client; JetStream and KV publishes are acked once the server stored them (its PubAck), a failure being the
 * nack. A connection the client gave up on ({@code nats: connection closed}) is Benthos's {@code ErrNotConnected}:
 * the output reconnects and writes the same batch again.
 *
 * <p>No thread waits: at most {@code max_in_flight} batches are written at once ({@link InFlightLimit}), and messages
 * wait for the connect loop ({@link OutputConnection}) without holding a thread.
 */
public class NatsPublisher extends DefaultAsyncProducer {
    private static final Logger LOG = LoggerFactory.getLogger(NatsPublisher.class);

    private final NatsEndpoint endpoint;
    private final String type;
    private final InterpolatedString target;
    private final Map<String, InterpolatedString> headers = new LinkedHashMap<>();
    private final MetadataFilter include;
    private final InFlightLimit limit;
    private volatile Session session;
    private volatile boolean stopping;
    private OutputConnection connection;

    /** One connection and its JetStream context. */
    private record Session(Connection connection, JetStream jetStream) {
    }

    public NatsPublisher(NatsEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.type = endpoint.getKind().benthosType();
        if (endpoint.urlList().isEmpty()) {
            throw new IllegalArgumentException("must specify at least one URL");
        }
        this.target = InterpolatedString.parse(endpoint.getKind() == NatsKind.KV ? endpoint.getKey()
                : endpoint.getSubject());
        endpoint.getHeaders().forEach((k, v) -> headers.put(k, InterpolatedString.parse(v)));
        this.include = new MetadataFilter(endpoint.getMetadataPrefixes(), endpoint.getMetadataPatterns());
        this.limit = new InFlightLimit(endpoint.getMaxInFlight());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stopping = false;
        connection = new OutputConnection(type, this::attempt);
        endpoint.connectionState(this::state);
        connection.start();
    }

    @Override
    protected void doStop() throws Exception {
        stopping = true;
        if (connection != null) {
            connection.close();
        }
        Session s = session;
        session = null;
        if (s != null) {
            try {
                s.connection().close(); // flushes what core NATS buffered
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.doStop();
    }

    /** One attempt of the connect loop; a KV output also needs its bucket to exist, as in Benthos. */
    private OutputConnection.Attempt attempt() throws InterruptedException {
        Connection[] self = new Connection[1];
        JetStream[] jetStream = new JetStream[1];
        return NatsConnector.attempt(endpoint, (conn, event) -> event(self[0], event), c -> {
            if (endpoint.getKind() == NatsKind.KV) {
                c.keyValueManagement().getStatus(endpoint.getBucket()); // a missing bucket fails, as in Benthos
            }
            jetStream[0] = c.jetStream();
        }, c -> {
            self[0] = c;
            session = new Session(c, jetStream[0]);
        });
    }

    private void event(Connection c, ConnectionListener.Events event) {
        Session s = session;
        if (stopping || c == null || s == null || s.connection() != c) {
            return;
        }
        switch (event) {
            case DISCONNECTED -> LOG.warn("Lost connection to {}: {}", type, NatsConnector.lostReason(c));
            case RECONNECTED -> LOG.info("Output type {} is now active", type);
            case CLOSED -> lost(s);
            default -> {
            }
        }
    }

    /** The client gave up on the connection: back to the connect loop. */
    private void lost(Session s) {
        if (session == s) {
            session = null;
            connection.reconnect("nats: connection closed");
        }
    }

    private ConnectionState state() {
        ConnectionState state = connection.state();
        Session s = session;
        if (state.equals(ConnectionState.CONNECTED) && s != null
                && s.connection().getStatus() != Connection.Status.CONNECTED) {
            return ConnectionState.failing("nats: connection " + s.connection().getStatus().name().toLowerCase());
        }
        return state;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<NatsMessage> messages;
        try {
            messages = prepare(exchange);
        } catch (RuntimeException e) {
            exchange.setException(e); // an interpolation error: a nack, never a reconnect
            callback.done(true);
            return true;
        }
        limit.run(() -> write(messages, exchange, callback));
        return false;
    }

    /** Writes once connected; a connection found closed meanwhile sends it back to wait for the next one. */
    private void write(List<NatsMessage> messages, Exchange exchange, AsyncCallback callback) {
        connection.writable().whenComplete((ok, notWritable) -> {
            if (notWritable != null) {
                finish(exchange, callback, notWritable instanceof Exception e ? e : new IllegalStateException(notWritable));
                return;
            }
            Session s = session;
            if (s == null || s.connection().getStatus() == Connection.Status.CLOSED) {
                if (s != null) {
                    lost(s);
                }
                write(messages, exchange, callback);
                return;
            }
            send(s, messages, exchange, callback);
        });
    }

    private void send(Session s, List<NatsMessage> messages, Exchange exchange, AsyncCallback callback) {
        if (endpoint.getKind() == NatsKind.CORE) {
            try {
                messages.forEach(m -> s.connection().publish(m));
            } catch (IllegalStateException closed) {
                LOG.error("Failed to send message to {}: {}", type, NatsConnector.textOf(closed));
                lost(s);
                write(messages, exchange, callback); // Benthos's ErrNotConnected: the same batch again
                return;
            }
            finish(exchange, callback, null);
            return;
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(messages.size());
        try {
            messages.forEach(m -> acks.add(s.jetStream().publishAsync(m)));
        } catch (IllegalStateException closed) {
            lost(s);
            write(messages, exchange, callback);
            return;
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).whenComplete((ok, failed) -> {
            if (failed == null) {
                finish(exchange, callback, null);
            } else if (s.connection().getStatus() == Connection.Status.CLOSED) {
                lost(s);
                write(messages, exchange, callback);
            } else {
                String text = NatsConnector.textOf(failed);
                LOG.error("Failed to send message to {}: {}", type, text);
                finish(exchange, callback, new NackException(text, failed));
            }
        });
    }

    private void finish(Exchange exchange, AsyncCallback callback, Exception failure) {
        if (failure != null) {
            exchange.setException(failure);
        }
        limit.release();
        callback.done(false);
    }

    /** One NATS message per message of the exchange's batch (or the plain Camel message). */
    private List<NatsMessage> prepare(Exchange camel) {
        List<Message> batch = camel.getMessage().getBody() instanceof MessageBatch b
                ? b.messages() : List.of(BenthosExchange.view(camel));
        List<NatsMessage> out = new ArrayList<>(batch.size());
        for (Message m : batch) {
            out.add(prepare(m));
        }
        return out;
    }

    private NatsMessage prepare(Message m) {
        String subject;
        if (endpoint.getKind() == NatsKind.KV) {
            String key = render(target, m, "key interpolation error: ");
            String problem = NatsSubjects.problem(key, false);
            if (problem != null) {
                throw new NackException("invalid key: " + problem);
            }
            subject = "$KV." + endpoint.getBucket() + "." + key;
        } else {
            subject = render(target, m, endpoint.getKind() == NatsKind.JETSTREAM
                    ? "failed string interpolation on field \"subject\": " : "subject interpolation error: ");
        }
        Headers h = new Headers();
        for (Map.Entry<String, InterpolatedString> e : headers.entrySet()) {
            h.add(e.getKey(), render(e.getValue(), m, "header " + e.getKey() + " interpolation error: "));
        }
        if (!include.isEmpty()) {
            m.metadata().forEach((k, v) -> {
                if (isMetadataKey(k) && include.matches(k)) {
                    h.add(k, Values.toGoString(v));
                }
            });
        }
        return NatsMessage.builder().subject(subject).headers(h.isEmpty() ? null : h).data(m.content()).build();
    }

    /** Camel's own bookkeeping headers are not the message's metadata. */
    private static boolean isMetadataKey(String key) {
        return !(key.startsWith("Camel") || key.startsWith("camel") || key.startsWith("org.apache.camel."));
    }

    private static String render(InterpolatedString template, Message m, String prefix) {
        try {
            return template.render(m);
        } catch (BloblangException e) {
            throw new NackException(prefix + e.getMessage(), e);
        }
    }
}
