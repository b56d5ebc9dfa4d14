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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
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
 *
 * <p>The PLAINTEXT listener on {@code hostPort} is always there (the broker's own and the readiness check's). A
 * {@link #builder} adds secured listeners, each named after its security protocol: {@code SASL_PLAINTEXT},
 * {@code SSL} and {@code SASL_SSL}, with users that can log in with PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512 (the SCRAM
 * credentials are written into the cluster's bootstrap metadata when the log directory is formatted).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    static final long LOG_CLEANER_DEDUPE_BUFFER_BYTES = 4L * 1024 * 1024;

    private static final String PLAINTEXT = "PLAINTEXT";
    private static final List<String> SCRAM_MECHANISMS = List.of("SCRAM-SHA-256", "SCRAM-SHA-512");
    private static final List<String> SASL_MECHANISMS =
            Stream.concat(Stream.of("PLAIN"), SCRAM_MECHANISMS.stream()).toList();

    private final KafkaRaftServer server;
    private final Path logDir;
    private final Map<String, String> bootstrapByListener;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path logDir, Map<String, String> bootstrapByListener) {
        this.server = server;
        this.logDir = logDir;
        this.bootstrapByListener = Map.copyOf(bootstrapByListener);
    }

    /**
     * Formats a fresh log directory and starts a broker listening on {@code hostPort} (e.g. {@code localhost:9092};
     * port 0 picks a free port); returns once the broker answers.
     */
    public static EmbeddedKafkaBroker start(String hostPort) {
        return builder(hostPort).start();
    }

    /** A broker on {@code hostPort} (PLAINTEXT) to which secured listeners and users can be added. */
    public static Builder builder(String hostPort) {
        return new Builder(hostPort);
    }

    /** Adds secured listeners (on free ports of the same host) and SASL users to a broker before it starts. */
    public static final class Builder {
        private final String hostPort;
        private final Map<String, String> users = new LinkedHashMap<>();
        private final Set<String> secured = new LinkedHashSet<>();
        private String certificateChainPem;
        private String privateKeyPem;

        private Builder(String hostPort) {
            this.hostPort = hostPort;
        }

        /** A user of the SASL listeners, for PLAIN and both SCRAM mechanisms. */
        public Builder user(String name, String password) {
            if (!name.matches("[A-Za-z0-9_.-]+") || !password.matches("[A-Za-z0-9_.!@#%^&*+-]+")) {
                // The bootstrap SCRAM syntax (name=..,password=..) and JAAS quoting need no escaping with these.
                throw new IllegalArgumentException("embedded Kafka users and passwords are limited to plain characters");
            }
            users.put(name, password);
            return this;
        }

        /** A {@code SASL_PLAINTEXT} listener (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512). */
        public Builder saslPlaintextListener() {
            secured.add("SASL_PLAINTEXT");
            return this;
        }

        /** An {@code SSL} listener presenting this PEM certificate chain and unencrypted PKCS#8 PEM key. */
        public Builder sslListener(String certificateChainPem, String privateKeyPem) {
            this.certificateChainPem = certificateChainPem;
            this.privateKeyPem = privateKeyPem;
            secured.add("SSL");
            return this;
        }

        /** A {@code SASL_SSL} listener; needs the certificate of {@link #sslListener}. */
        public Builder saslSslListener() {
            secured.add("SASL_SSL");
            return this;
        }

        public EmbeddedKafkaBroker start() {
            if (secured.contains("SASL_SSL") && certificateChainPem == null) {
                throw new IllegalStateException("a SASL_SSL listener needs the certificate given to sslListener");
            }
            return EmbeddedKafkaBroker.start(this);
        }
    }

    private static EmbeddedKafkaBroker start(Builder settings) {
        String hostPort = settings.hostPort;
        HostPort listen = HostPort.parse(hostPort);
        KafkaLogging.quietenUnlessConfigured();
        Path logDir = createLogDir();
        try {
            Map<String, Integer> ports = new LinkedHashMap<>();
            Set<Integer> taken = new HashSet<>();
            ports.put(PLAINTEXT, listen.port() == 0 ? freePort(listen.bindHost(), taken) : listen.port());
            taken.add(ports.get(PLAINTEXT));
            for (String listener : settings.secured) {
                ports.put(listener, freePort(listen.bindHost(), taken));
            }
            int controllerPort = freePort(listen.bindHost(), taken);
            Properties props = brokerProperties(listen, ports, controllerPort, logDir);
            security(settings, props);
            format(logDir, settings.users);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            startOrShutDown(server, hostPort);
            Map<String, String> bootstrap = new LinkedHashMap<>();
            ports.forEach((listener, port) -> bootstrap.put(listener, listen.advertisedHost() + ":" + port));
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, logDir, bootstrap);
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
        return bootstrapByListener.get(PLAINTEXT);
    }

    /**
     * The address of a listener by its security protocol ({@code PLAINTEXT}, {@code SASL_PLAINTEXT}, {@code SSL},
     * {@code SASL_SSL}).
     *
     * @throws IllegalArgumentException when the broker was built without that listener
     */
    public String bootstrapServers(String listener) {
        String address = bootstrapByListener.get(listener);
        if (address == null) {
            throw new IllegalArgumentException("the embedded broker has no " + listener + " listener");
        }
        return address;
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

    private static Properties brokerProperties(HostPort listen, Map<String, Integer> ports, int controllerPort, Path logDir) {
        String bind = listen.bindHost();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + loopbackFor(bind) + ":" + controllerPort);
        StringBuilder listeners = new StringBuilder();
        StringBuilder advertised = new StringBuilder();
        StringBuilder protocols = new StringBuilder();
        ports.forEach((listener, port) -> {
            listeners.append(listener).append("://").append(bind).append(':').append(port).append(',');
            advertised.append(advertised.length() == 0 ? "" : ",")
                    .append(listener).append("://").append(listen.advertisedHost()).append(':').append(port);
            // Each listener is named after its security protocol.
            protocols.append(listener).append(':').append(listener).append(',');
        });
        p.setProperty("listeners", listeners + CONTROLLER_LISTENER + "://" + bind + ":" + controllerPort);
        p.setProperty("advertised.listeners", advertised.toString());
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("inter.broker.listener.name", PLAINTEXT);
        p.setProperty("listener.security.protocol.map", protocols + CONTROLLER_LISTENER + ":PLAINTEXT");
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
        // The log cleaner allocates its whole dedupe buffer on the heap at startup: 128 MB by default, the largest
        // object of a run with --embedded-kafka. A few compacted topics of a single-node broker fit in 4 MB.
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(LOG_CLEANER_DEDUPE_BUFFER_BYTES));
        // A production broker's thread pools (8 request handlers, 10 background threads, ...) idle here: one
        // process's producers and consumers keep two of each busy at most.
        p.setProperty("num.io.threads", "2");
        p.setProperty("num.network.threads", "2");
        p.setProperty("background.threads", "2");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        return p;
    }

    /** SASL mechanisms, per-listener JAAS (PLAIN users inline, SCRAM from the metadata) and the SSL key material. */
    private static void security(Builder settings, Properties p) {
        boolean sasl = false;
        for (String listener : settings.secured) {
            if (!listener.startsWith("SASL_")) {
                continue;
            }
            sasl = true;
            String prefix = "listener.name." + listener.toLowerCase(Locale.ROOT) + ".";
            StringBuilder plain = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required");
            settings.users.forEach((user, password) -> plain.append(" user_").append(user).append("=\"")
                    .append(password).append('"'));
            p.setProperty(prefix + "plain.sasl.jaas.config", plain + ";");
            for (String scram : SCRAM_MECHANISMS) {
                p.setProperty(prefix + scram.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
            }
        }
        if (sasl) {
            p.setProperty("sasl.enabled.mechanisms", String.join(",", SASL_MECHANISMS));
        }
        if (settings.certificateChainPem != null) {
            p.setProperty("ssl.keystore.type", "PEM");
            p.setProperty("ssl.keystore.certificate.chain", settings.certificateChainPem);
            p.setProperty("ssl.keystore.key", settings.privateKeyPem);
        }
    }

    /** KRaft refuses to start on an unformatted directory: write meta.properties and the bootstrap checkpoint. */
    private static void format(Path logDir, Map<String, String> users) {
        List<String> scram = new ArrayList<>();
        users.forEach((user, password) -> {
            for (String mechanism : SCRAM_MECHANISMS) {
                scram.add(mechanism + "=[name=" + user + ",password=" + password + "]");
            }
        });
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setScramArguments(scram)
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
        String bootstrapServers = bootstrapServers();
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

    /**
     * A free port not in {@code taken}, which it joins: the OS may hand out a port it just released again, and the
     * broker refuses two listeners on one port.
     */
    private static int freePort(String bindHost, Set<Integer> taken) {
        while (true) {
            int port = freePort(bindHost);
            if (taken.add(port)) {
                return port;
            }
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
