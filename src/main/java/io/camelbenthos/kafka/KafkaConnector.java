package io.camelbenthos.kafka;

import io.camelbenthos.readiness.OutputConnection;
import io.camelbenthos.readiness.OutputConnection.Attempt;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;

/**
 * One connection attempt of a {@code kafka} output, as Sarama's {@code NewSyncProducer} makes one when Benthos's output
 * connects: the bootstrap addresses are dialled (for Go's dial error texts), then the cluster is asked for its nodes
 * with the producer's own settings (TLS and SASL included), so a port that answers but is not Kafka does not count.
 *
 * <p>No address dialling, or no answer, is {@link Attempt#unreachable} (messages wait for the broker); a broker that
 * refuses the client's login or certificate is {@link Attempt#refused} (messages go on, and the producer nacks them
 * with the broker's reason).
 */
final class KafkaConnector implements OutputConnection.Connector {
    /** Sarama's {@code ErrOutOfBrokers}, which wraps the brokers' errors when none could be reached. */
    static final String OUT_OF_BROKERS = "kafka: client has run out of available brokers to talk to";
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

    private final Properties producer;

    /** @param producer the producer's properties, bootstrap servers included */
    KafkaConnector(Properties producer) {
        this.producer = producer;
    }

    /** The connector of a camel-kafka producer endpoint, with that endpoint's settings. */
    static KafkaConnector of(KafkaEndpoint endpoint) {
        KafkaConfiguration configuration = endpoint.getConfiguration();
        Properties producer = configuration.createProducerProperties();
        // camel-kafka adds the brokers when it creates the producer, not in the configuration's properties
        producer.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, configuration.getBrokers());
        return new KafkaConnector(producer);
    }

    @Override
    public Attempt connect() throws InterruptedException {
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
            return Attempt.unreachable(OUT_OF_BROKERS + ": " + String.join("\n", dialErrors));
        }
        try (Admin admin = Admin.create(adminProperties(producer))) {
            admin.describeCluster().nodes().get(ATTEMPT_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return Attempt.CONNECTED;
        } catch (ExecutionException e) {
            String error = OUT_OF_BROKERS + ": " + e.getCause().getMessage();
            return e.getCause() instanceof AuthenticationException ? Attempt.refused(error) : Attempt.unreachable(error);
        } catch (TimeoutException | KafkaException e) {
            return Attempt.unreachable(OUT_OF_BROKERS + ": " + e.getMessage());
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
