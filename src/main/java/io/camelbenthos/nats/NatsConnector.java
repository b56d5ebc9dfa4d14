package io.camelbenthos.nats;

import io.camelbenthos.readiness.OutputConnection;
import io.camelbenthos.readiness.OutputConnection;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ErrorListener;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the NATS connection of one endpoint as Benthos's {@code connectionDetails.get} does: the URLs, the component's
 * name as connection name, {@code max_reconnects} (the client's default of 60 attempts two seconds apart when unset),
 * TLS and user/password or token auth. Asynchronous errors are logged {@code nats operation failed: <error>}. The
 * client reconnects on its own after a lost connection; {@code events} hears of it.
 */
final class NatsConnector {
    private static final Logger LOG = LoggerFactory.getLogger(NatsConnector.class);

    private NatsConnector() {
    }

    /**
     * Connects once (no retry: the caller's connect loop retries).
     *
     * @throws IOException with the client's reason, e.g. {@code Unable to connect to NATS servers: [...]}
     */
    static Connection connect(NatsEndpoint endpoint, ConnectionListener events)
            throws IOException, InterruptedException {
        Options.Builder options = new Options.Builder()
                .servers(endpoint.urlList().toArray(String[]::new))
                .connectionName(endpoint.getName())
                .reconnectWait(Duration.ofSeconds(2))
                .connectionListener(events)
                .errorListener(new LoggingErrors());
        if (endpoint.getMaxReconnects() != Integer.MIN_VALUE) {
            options.maxReconnects(endpoint.getMaxReconnects());
        }
        if (endpoint.isTls()) {
            try {
                options.sslContext(endpoint.tlsSettings().context());
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new IOException("tls: " + e.getMessage(), e);
            }
        }
        if (!endpoint.getUser().isEmpty()) {
            options.userInfo(endpoint.getUser(), endpoint.getPassword());
        }
        if (!endpoint.getToken().isEmpty()) {
            options.token(endpoint.getToken().toCharArray());
        }
        return Nats.connect(options.build());
    }

    /** What an output checks on a new connection before it is used (a KV bucket exists); it may throw. */
    @FunctionalInterface
    interface Check {
        void check(Connection connection) throws Exception;
    }

    /**
     * One attempt of an output's connect loop: connects, runs {@code check}, hands the connection to {@code connected};
     * any failure closes what was opened and is the attempt's error.
     */
    static OutputConnection.Attempt attempt(NatsEndpoint endpoint, ConnectionListener events, Check check,
                                            Consumer<Connection> connected) throws InterruptedException {
        Connection c = null;
        try {
            c = connect(endpoint, events);
            check.check(c);
            connected.accept(c);
            return OutputConnection.Attempt.CONNECTED;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            if (c != null) {
                c.close();
            }
            return OutputConnection.Attempt.unreachable(textOf(e));
        }
    }

    /**
     * Text of a client failure, never null: the message of the first exception that is not a mere wrapper (the client
     * wraps its errors in {@code RuntimeException}s, futures in {@code CompletionException}s), with nats.go's wording where the
     * client's differs: a publish no stream answers is {@code nats: no response from stream}.
     */
    static String textOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t instanceof java.util.concurrent.CompletionException
                || t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause(); // a mere wrapper
        }
        String text = t.getMessage() == null ? t.toString() : t.getMessage();
        return text.contains("503 No Responders") ? "nats: no response from stream" : text;
    }

    /** Why the client lost its connection, for the log line saying so. */
    static String lostReason(Connection c) {
        String last = c.getLastError();
        return last == null || last.isBlank() ? "reconnecting" : last + ", reconnecting";
    }

    /** The client's asynchronous errors, logged as Benthos's error handler logs them. */
    private static final class LoggingErrors implements ErrorListener {
        @Override
        public void errorOccurred(Connection conn, String error) {
            LOG.error("nats operation failed: {}", error);
        }

        @Override
        public void exceptionOccurred(Connection conn, Exception exp) {
            if (exp instanceof java.io.IOException) {
                // a lost connection: its reconnect is logged by the component's connection events
                LOG.debug("nats connection error: {}", textOf(exp));
                return;
            }
            LOG.error("nats operation failed: {}", textOf(exp));
        }

        @Override
        public void slowConsumerDetected(Connection conn, io.nats.client.Consumer consumer) {
            LOG.error("nats operation failed: nats: slow consumer, messages dropped");
        }
    }
}
