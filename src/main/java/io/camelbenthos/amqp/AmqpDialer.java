package io.camelbenthos.amqp;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultSaslConfig;
import com.rabbitmq.client.impl.ForgivingExceptionHandler;
import io.camelbenthos.camel.ClientTls;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.slf4j.LoggerFactory;

/**
 * Dials the {@code urls} of an amqp_0_9 input or output as Benthos does: each URL in order, the first that connects is
 * used; a URL that cannot be reached is skipped, any other failure (a bad URL, a refused login) ends the attempt.
 * {@code amqps://} URLs use TLS with the JVM's trust store, custom {@code tls} settings replace it, and with custom
 * TLS a URL without user info logs in with SASL EXTERNAL (the client certificate), as amqp091-go's
 * {@code DialTLS_ExternalAuth}. The client's own recovery is off: reconnecting is Benthos's connect loop, ours.
 */
final class AmqpDialer {
    /** amqp091-go's default heartbeat; it is what notices a silently dead peer. */
    private static final int HEARTBEAT_SECONDS = 10;
    /** Go's net.Dialer default used by amqp091-go. */
    private static final int CONNECT_TIMEOUT_MILLIS = 30_000;

    /**
     * The client's handler, minus its WARN about the socket of a connection the broker closed: the input and output
     * log that loss themselves, in Benthos's words.
     */
    private static final ForgivingExceptionHandler QUIET = new ForgivingExceptionHandler() {
        @Override
        public void handleUnexpectedConnectionDriverException(Connection conn, Throwable exception) {
            LoggerFactory.getLogger(AmqpDialer.class).debug("connection driver: {}", exception.toString());
        }
    };

    private final List<String> urls;
    private final ClientTls tls;

    AmqpDialer(List<String> urls, ClientTls tls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("must specify at least one URL");
        }
        this.urls = List.copyOf(urls);
        this.tls = tls;
    }

    /** Splits the configured items on commas, as Benthos expands them; blanks are dropped. */
    static List<String> expand(List<String> items) {
        return items.stream().flatMap(i -> java.util.Arrays.stream(i.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Connects to the first URL that answers.
     *
     * @param name the connection name shown by the broker's management tools
     * @throws AmqpException with Benthos's text, e.g. {@code connecting to server: dial tcp ...: connection refused}
     */
    Connection dial(String name) throws AmqpException {
        AmqpException last = null;
        for (String url : urls) {
            try {
                return dialOne(url, name);
            } catch (Unreachable e) {
                last = new AmqpException("connecting to server: " + e.getMessage(), e.getCause());
            }
        }
        throw last;
    }

    private Connection dialOne(String url, String name) throws AmqpException, Unreachable {
        ConnectionFactory factory = factory(url);
        try {
            return factory.newConnection(name);
        } catch (ConnectException | UnknownHostException e) {
            throw new Unreachable(dialError(factory, e), e);
        } catch (java.net.SocketTimeoutException e) {
            throw new Unreachable("dial tcp " + address(factory) + ": i/o timeout", e);
        } catch (IOException | TimeoutException e) {
            // Reached but refused (login, vhost) or broke during the handshake: as Go, not a reason to try the next
            throw new AmqpException("connecting to server: " + AmqpException.textOf(e), e);
        }
    }

    private ConnectionFactory factory(String url) throws AmqpException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setAutomaticRecoveryEnabled(false);
        factory.setTopologyRecoveryEnabled(false);
        factory.setRequestedHeartbeat(HEARTBEAT_SECONDS);
        factory.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        factory.setExceptionHandler(QUIET);
        URI uri;
        try {
            uri = new URI(url);
            factory.setUri(uri);
        } catch (URISyntaxException | GeneralSecurityException | IllegalArgumentException e) {
            throw new AmqpException("invalid AMQP URL: " + AmqpException.textOf(e), e);
        }
        if (factory.getVirtualHost().isEmpty()) {
            factory.setVirtualHost("/"); // amqp091-go reads "amqp://host/" as the default vhost, the Java client as ""
        }
        try {
            if (tls.enabled()) {
                factory.useSslProtocol(tls.context());
                if (!tls.skipCertVerify()) {
                    factory.enableHostnameVerification();
                }
                if (uri.getRawUserInfo() == null) {
                    factory.setSaslConfig(DefaultSaslConfig.EXTERNAL);
                }
            } else if ("amqps".equalsIgnoreCase(uri.getScheme())) {
                // setUri trusts any certificate for amqps; Go verifies against the system roots
                factory.useSslProtocol(SSLContext.getDefault());
                factory.enableHostnameVerification();
            }
        } catch (GeneralSecurityException e) {
            throw new AmqpException("tls: " + AmqpException.textOf(e), e);
        }
        return factory;
    }

    private static String address(ConnectionFactory factory) {
        return factory.getHost() + ":" + factory.getPort();
    }

    /** Go's net error text for a failed dial. */
    private static String dialError(ConnectionFactory factory, IOException e) {
        if (e instanceof UnknownHostException) {
            return "dial tcp: lookup " + factory.getHost() + ": no such host";
        }
        return "dial tcp " + address(factory) + ": connect: connection refused";
    }

    /** The URL could not be reached: the next one is tried. */
    private static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
