package io.camelbenthos.redis;

import io.camelbenthos.camel.ClientTls;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslOptions;
import io.lettuce.core.SslVerifyMode;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens Lettuce connections for a Benthos redis component: a {@link RedisClient} for {@code simple} (the first
 * address) and {@code failover} (the addresses are sentinels, {@code master} names the master), a
 * {@link RedisClusterClient} for {@code cluster}. Lettuce's own reconnecting is off and commands fail at once while
 * disconnected: reconnecting is Benthos's connect loop, the component's own, so that its log lines and {@code /ready}
 * say what happens. One client per connection (so a lost connection is the client's), on Netty resources shared by
 * the whole process.
 */
public final class RedisConnector {
    private static final Duration DIAL_TIMEOUT = Duration.ofSeconds(5); // go-redis's DialTimeout
    private static volatile ClientResources shared;

    private final RedisClientSettings settings;
    private final List<RedisAddress> addresses;

    public RedisConnector(RedisClientSettings settings) {
        this.settings = settings;
        settings.validate();
        this.addresses = settings.addresses();
    }

    /** The address errors name ({@code host:port} of the first address). */
    public String hostPort() {
        return addresses.get(0).hostPort();
    }

    /** A connection for commands; {@code commandTimeout} bounds each command (blocking ones included). */
    public RedisSession open(Duration commandTimeout, Runnable onLost) {
        AbstractRedisClient client = client(commandTimeout);
        try {
            listen(client, onLost);
            StatefulConnection<byte[], byte[]> connection = client instanceof RedisClusterClient c
                    ? c.connect(ByteArrayCodec.INSTANCE) : ((RedisClient) client).connect(ByteArrayCodec.INSTANCE);
            return new RedisSession(client, connection);
        } catch (RuntimeException e) {
            client.shutdownAsync();
            throw e;
        }
    }

    /** A connection for SUBSCRIBE / PSUBSCRIBE. */
    public RedisSession openPubSub(Runnable onLost) {
        AbstractRedisClient client = client(Duration.ofSeconds(30));
        try {
            listen(client, onLost);
            StatefulRedisPubSubConnection<byte[], byte[]> connection = client instanceof RedisClusterClient c
                    ? c.connectPubSub(ByteArrayCodec.INSTANCE)
                    : ((RedisClient) client).connectPubSub(ByteArrayCodec.INSTANCE);
            return new RedisSession(client, connection);
        } catch (RuntimeException e) {
            client.shutdownAsync();
            throw e;
        }
    }

    /** The text of a failure, as go-redis words it. */
    public String textOf(Throwable e) {
        return RedisErrors.textOf(e, hostPort());
    }

    private static void listen(AbstractRedisClient client, Runnable onLost) {
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(io.lettuce.core.RedisChannelHandler<?, ?> connection) {
                onLost.run();
            }

            @Override
            public void onRedisConnected(io.lettuce.core.RedisChannelHandler<?, ?> connection, SocketAddress address) {
                // nothing: the connect loop reports it
            }
        });
    }

    private AbstractRedisClient client(Duration commandTimeout) {
        SocketOptions socket = SocketOptions.builder().connectTimeout(DIAL_TIMEOUT).build();
        SslOptions ssl = sslOptions();
        if ("cluster".equals(settings.kind())) {
            List<RedisURI> uris = new ArrayList<>();
            for (RedisAddress a : addresses) {
                uris.add(uri(a, commandTimeout));
            }
            RedisClusterClient client = RedisClusterClient.create(resources(), uris);
            client.setOptions(ClusterClientOptions.builder().autoReconnect(false)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .socketOptions(socket).sslOptions(ssl).build());
            return client;
        }
        RedisURI uri = "failover".equals(settings.kind()) ? sentinelUri(commandTimeout)
                : uri(addresses.get(0), commandTimeout);
        RedisClient client = RedisClient.create(resources(), uri);
        client.setOptions(ClientOptions.builder().autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(socket).sslOptions(ssl).build());
        return client;
    }

    private RedisURI uri(RedisAddress a, Duration timeout) {
        RedisURI.Builder b = RedisURI.builder().withHost(a.host()).withPort(a.port()).withDatabase(a.db())
                .withTimeout(timeout);
        return secure(b, a).build();
    }

    /** go-redis's failover client: the addresses are sentinels; credentials and database come from the last URL. */
    private RedisURI sentinelUri(Duration timeout) {
        RedisAddress last = addresses.get(addresses.size() - 1);
        RedisURI.Builder b = RedisURI.Builder.sentinel(addresses.get(0).host(), addresses.get(0).port(),
                settings.master());
        for (RedisAddress a : addresses.subList(1, addresses.size())) {
            b.withSentinel(a.host(), a.port());
        }
        b.withDatabase(last.db()).withTimeout(timeout);
        return secure(b, last).build();
    }

    private RedisURI.Builder secure(RedisURI.Builder b, RedisAddress a) {
        if (!settings.clientName().isEmpty()) {
            b.withClientName(settings.clientName());
        }
        if (!a.password().isEmpty()) {
            if (a.user().isEmpty()) {
                b.withPassword(a.password().toCharArray());
            } else {
                b.withAuthentication(a.user(), a.password().toCharArray());
            }
        }
        ClientTls tls = settings.tls();
        if (a.tls() || tls.enabled()) {
            b.withSsl(true).withVerifyPeer(tls.skipCertVerify() ? SslVerifyMode.NONE : SslVerifyMode.FULL);
        }
        return b;
    }

    private SslOptions sslOptions() {
        ClientTls tls = settings.tls();
        SslOptions.Builder b = SslOptions.builder().jdkSslProvider();
        if (!tls.enabled()) {
            return b.build();
        }
        File roots = pem(tls.rootCas(), tls.rootCasFile(), "roots");
        if (roots != null) {
            b.trustManager(roots);
        }
        File cert = pem(tls.clientCert(), tls.clientCertFile(), "cert");
        File key = pem(tls.clientKey(), tls.clientKeyFile(), "key");
        if (cert != null && key != null) {
            b.keyManager(cert, key, null);
        }
        return b.build();
    }

    /** A PEM given inline or as a file, as a file (Lettuce reads files); null when neither is set. */
    private static File pem(String inline, String file, String what) {
        if (!file.isEmpty()) {
            return new File(file);
        }
        if (inline.isEmpty()) {
            return null;
        }
        try {
            Path p = Files.createTempFile("camel-benthos-redis-" + what, ".pem");
            p.toFile().deleteOnExit();
            Files.writeString(p, inline, StandardCharsets.US_ASCII);
            return p.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClientResources resources() {
        ClientResources r = shared;
        if (r == null) {
            synchronized (RedisConnector.class) {
                r = shared;
                if (r == null) {
                    r = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
                    shared = r;
                }
            }
        }
        return r;
    }

}
