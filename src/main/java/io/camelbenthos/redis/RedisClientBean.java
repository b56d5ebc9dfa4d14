package io.camelbenthos.redis;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.camel.ClientTls;
import java.time.Duration;
import java.util.function.Function;

/**
 * The client fields of a redis resource (cache, rate limit) as JavaBean properties, so the resource can be bound in
 * the Camel registry and exported; one connection, opened on first use and opened again after it failed, each
 * operation retried with a back-off until {@code max_elapsed_time} (the redis cache's {@code retries}).
 */
public abstract class RedisClientBean implements AutoCloseable {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

    private String url = "";
    private String kind = "simple";
    private String master = "";
    private String clientName = "redpanda-connect";
    private boolean tls;
    private boolean tlsSkipCertVerify;
    private String tlsRootCasFile = "";
    private String retryInitialInterval = "500ms";
    private String retryMaxInterval = "1s";
    private String retryMaxElapsedTime = "5s";
    private long retryInitialMillis = 500;
    private long retryMaxMillis = 1000;
    private long retryMaxElapsedMillis = 5000;
    private RedisConnector connector;
    private RedisSession session;

    /** The failure of the last attempt of an operation, with go-redis's words. */
    public static final class RedisOperationException extends Exception {
        private static final long serialVersionUID = 1L;

        RedisOperationException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Runs {@code operation} on the connection, retried (on a new connection) while it fails and the retry budget
     * lasts.
     */
    protected final <T> T run(Function<RedisSession, T> operation) throws RedisOperationException {
        long start = System.nanoTime();
        double wait = retryInitialMillis;
        while (true) {
            RedisSession s = null;
            try {
                s = session();
                return operation.apply(s);
            } catch (RuntimeException e) {
                discard(s);
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                if (elapsed + wait > retryMaxElapsedMillis) {
                    throw new RedisOperationException(connector().textOf(e), e);
                }
                try {
                    Thread.sleep((long) wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new RedisOperationException("context canceled", ie);
                }
                wait = Math.min(wait * 1.5, retryMaxMillis);
            }
        }
    }

    private synchronized RedisConnector connector() {
        if (connector == null) {
            connector = new RedisConnector(new RedisClientSettings(url, kind, master, clientName,
                    new ClientTls(tls, tlsSkipCertVerify, "", tlsRootCasFile, "", "", "", "")));
        }
        return connector;
    }

    private synchronized RedisSession session() {
        if (session == null || !session.isOpen()) {
            discard(session);
            session = connector().open(COMMAND_TIMEOUT, () -> {
            });
        }
        return session;
    }

    private synchronized void discard(RedisSession s) {
        if (s != null && s == session) {
            session = null;
            s.close();
        }
    }

    @Override
    public synchronized void close() {
        discard(session);
    }

    static long millis(String goDuration) {
        return GoDuration.parse(goDuration) / 1_000_000L;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getMaster() {
        return master;
    }

    public void setMaster(String master) {
        this.master = master;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public boolean isTls() {
        return tls;
    }

    public void setTls(boolean tls) {
        this.tls = tls;
    }

    public boolean isTlsSkipCertVerify() {
        return tlsSkipCertVerify;
    }

    public void setTlsSkipCertVerify(boolean tlsSkipCertVerify) {
        this.tlsSkipCertVerify = tlsSkipCertVerify;
    }

    public String getTlsRootCasFile() {
        return tlsRootCasFile;
    }

    public void setTlsRootCasFile(String tlsRootCasFile) {
        this.tlsRootCasFile = tlsRootCasFile;
    }

    /** {@code retries.initial_interval} as a Go duration. */
    public void setRetryInitialInterval(String interval) {
        this.retryInitialMillis = millis(interval);
        this.retryInitialInterval = interval;
    }

    public String getRetryInitialInterval() {
        return retryInitialInterval;
    }

    public void setRetryMaxInterval(String interval) {
        this.retryMaxMillis = millis(interval);
        this.retryMaxInterval = interval;
    }

    public String getRetryMaxInterval() {
        return retryMaxInterval;
    }

    public void setRetryMaxElapsedTime(String interval) {
        this.retryMaxElapsedMillis = millis(interval);
        this.retryMaxElapsedTime = interval;
    }

    public String getRetryMaxElapsedTime() {
        return retryMaxElapsedTime;
    }
}
