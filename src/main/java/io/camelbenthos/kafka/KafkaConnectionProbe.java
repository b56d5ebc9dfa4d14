package io.camelbenthos.kafka;

import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The connection state of a {@code kafka} output for {@code /ready}, as Benthos's output reports it: pending until the
 * first attempt, failing with the error of the last attempt while the brokers cannot be reached (retried every 500 ms
 * to 1 s, Benthos's connect backoff), connected once a broker answered; it then stays connected, as Benthos's does.
 *
 * <p>An attempt dials the bootstrap addresses (for Go's dial error texts), then asks the cluster for its nodes with the
 * producer's own settings (TLS and SASL included), so a port that answers but is not Kafka does not count.
 */
public final class KafkaConnectionProbe implements ConnectionProbe {
    /** Sarama's {@code ErrOutOfBrokers}, which wraps the brokers' errors when none could be reached. */
    static final String OUT_OF_BROKERS = "kafka: client has run out of available brokers to talk to";
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
    private static final long FIRST_BACKOFF_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 1000;

    private final String endpointUri;
    private volatile ConnectionState state = ConnectionState.PENDING;
    private volatile boolean stopped;
    private Thread connector;

    /** @param endpointUri the camel-kafka endpoint the output sends to; its producer settings are used */
    public KafkaConnectionProbe(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    @Override
    public synchronized void start(CamelContext camel) {
        if (connector != null) {
            return;
        }
        stopped = false;
        KafkaConfiguration configuration = camel.getEndpoint(endpointUri, KafkaEndpoint.class).getConfiguration();
        Properties producer = configuration.createProducerProperties();
        // camel-kafka adds the brokers when it creates the producer, not in the configuration's properties
        producer.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, configuration.getBrokers());
        connector = new Thread(() -> connect(producer), "benthos-kafka-connect");
        connector.setDaemon(true);
        connector.start();
    }

    @Override
    public synchronized void stop() {
        stopped = true;
        if (connector != null) {
            connector.interrupt();
            connector = null;
        }
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    private void connect(Properties producer) {
        long backoff = FIRST_BACKOFF_MILLIS;
        while (!stopped) {
            String error = attempt(producer);
            if (error == null) {
                state = ConnectionState.CONNECTED;
                return;
            }
            state = ConnectionState.failing(error);
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 3 / 2);
        }
    }

    /** Null when a broker answered; otherwise the error text. */
    private static String attempt(Properties producer) {
        String servers = producer.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "");
        List<String> dialErrors = new ArrayList<>();
        boolean anyReachable = false;
        for (String address : servers.split(",")) {
            if (address.isBlank()) {
                continue;
            }
            String error = dial(address.trim());
            if (error == null) {
                anyReachable = true;
                break;
            }
            dialErrors.add(error);
        }
        if (!anyReachable) {
            // Go's errors.Join puts one error per line
            return OUT_OF_BROKERS + ": " + String.join("\n", dialErrors);
        }
        try (Admin admin = Admin.create(adminProperties(producer))) {
            admin.describeCluster().nodes().get(ATTEMPT_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OUT_OF_BROKERS;
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return OUT_OF_BROKERS + ": " + cause.getMessage();
        }
    }

    /** A TCP dial, with Go's {@code net.Dial} error texts; null when it connected. */
    static String dial(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return "dial tcp: address " + hostPort + ": missing port in address";
        }
        InetSocketAddress target = new InetSocketAddress(host, port);
        if (target.isUnresolved()) {
            return "dial tcp: lookup " + host + ": no such host";
        }
        String resolved = target.getAddress().getHostAddress();
        String shown = (resolved.contains(":") ? "[" + resolved + "]" : resolved) + ":" + port;
        try (Socket socket = new Socket()) {
            socket.connect(target, (int) ATTEMPT_TIMEOUT.toMillis());
            return null;
        } catch (ConnectException e) {
            return "dial tcp " + shown + ": connect: connection refused";
        } catch (SocketTimeoutException e) {
            return "dial tcp " + shown + ": i/o timeout";
        } catch (UnknownHostException e) {
            return "dial tcp: lookup " + host + ": no such host";
        } catch (IOException e) {
            return "dial tcp " + shown + ": " + e.getMessage();
        }
    }

    /** The producer's connection settings (servers, TLS, SASL) that an admin client understands. */
    private static Map<String, Object> adminProperties(Properties producer) {
        Map<String, Object> admin = new HashMap<>();
        for (String name : producer.stringPropertyNames()) {
            if (AdminClientConfig.configNames().contains(name)) {
                admin.put(name, producer.get(name));
            }
        }
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis());
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis());
        return admin;
    }
}
