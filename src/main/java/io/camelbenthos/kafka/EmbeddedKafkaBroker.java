package io.camelbenthos.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * An in-process single-node KRaft Kafka broker from the Kafka jars, for {@code run --embedded-kafka} and tests.
 *
 * <p>One JVM-local node acts as both broker and controller, on a fresh temporary log directory that {@link #close()}
 * deletes. Topics are auto-created (one partition unless a test creates them itself), so a config's output topic
 * just works. The Kafka server jars are optional dependencies: calling {@link #start} without them on the classpath
 * fails with {@link NoClassDefFoundError}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final Path logDir;
    private final String bootstrapServers;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path logDir, String bootstrapServers) {
        this.server = server;
        this.logDir = logDir;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats a fresh log directory and starts a broker listening on {@code hostPort} (e.g. {@code localhost:9092};
     * port 0 picks a free port); returns once the broker answers.
     */
    public static EmbeddedKafkaBroker start(String hostPort) {
        HostPort listen = HostPort.parse(hostPort);
        KafkaLogging.quietenUnlessConfigured();
        Path logDir = createLogDir();
        try {
            int brokerPort = listen.port() == 0 ? freePort(listen.bindHost()) : listen.port();
            int controllerPort = freePort(listen.bindHost());
            Properties props = brokerProperties(listen, brokerPort, controllerPort, logDir);
            format(logDir);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            startOrShutDown(server, hostPort);
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, logDir,
                    listen.advertisedHost() + ":" + brokerPort);
            try {
                broker.awaitReady();
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (RuntimeException | Error e) {
            deleteRecursively(logDir);
            throw e;
        }
    }

    /** A failed startup leaves threads behind (e.g. the controller) unless the server is shut down. */
    private static void startOrShutDown(KafkaRaftServer server, String hostPort) {
        try {
            server.startup();
        } catch (RuntimeException e) {
            try {
                server.shutdown();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("embedded Kafka could not start on " + hostPort + ": " + e.getMessage(), e);
        }
    }

    /** The bootstrap address clients use, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            deleteRecursively(logDir);
        }
    }

    private static Properties brokerProperties(HostPort listen, int brokerPort, int controllerPort, Path logDir) {
        String bind = listen.bindHost();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + loopbackFor(bind) + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + bind + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + bind + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + listen.advertisedHost() + ":" + brokerPort);
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("num.partitions", "1");
        // A single node cannot replicate: every internal topic must ask for exactly one replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        // Consumers in tests and demos should not wait the default 3 s for a group rebalance.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // Small segments and no fsync pressure: this broker lives for minutes and its data is thrown away.
        p.setProperty("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        p.setProperty("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        return p;
    }

    /** KRaft refuses to start on an unformatted directory: write meta.properties and the bootstrap checkpoint. */
    private static void format(Path logDir) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(NODE_ID)
                    .addDirectory(logDir.toString())
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the embedded Kafka log directory " + logDir + ": " + e, e);
        }
    }

    /** The broker is usable once its metadata answers a client; startup() returns before that. */
    private void awaitReady() {
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.setProperty(AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-ready-check");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(p)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("embedded Kafka on " + bootstrapServers
                                + " did not become ready within " + READY_TIMEOUT.toSeconds() + "s", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for embedded Kafka", e);
        }
    }

    private static int freePort(String bindHost) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(bindHost), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + bindHost, e);
        }
    }

    private static String loopbackFor(String bindHost) {
        return "0.0.0.0".equals(bindHost) || "::".equals(bindHost) ? "127.0.0.1" : bindHost;
    }

    private static Path createLogDir() {
        try {
            return Files.createTempDirectory("camel-benthos-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary Kafka log directory", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(EmbeddedKafkaBroker::deleteQuietly);
        } catch (IOException e) {
            // Best effort: a leftover temp directory is harmless and the OS cleans /tmp eventually.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Best effort, see deleteRecursively.
        }
    }

    /** {@code host:port} as given on the command line; an empty host means all interfaces. */
    record HostPort(String bindHost, int port) {
        static HostPort parse(String text) {
            int colon = text == null ? -1 : text.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("expected host:port for the embedded Kafka broker, got: " + text);
            }
            String host = text.substring(0, colon).trim();
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = Integer.parseInt(text.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid port in embedded Kafka address: " + text, e);
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range in embedded Kafka address: " + text);
            }
            return new HostPort(host.isEmpty() ? "0.0.0.0" : host, port);
        }

        /** What clients are told to connect to: a wildcard bind is reachable on loopback. */
        String advertisedHost() {
            return loopbackFor(bindHost);
        }
    }
}
