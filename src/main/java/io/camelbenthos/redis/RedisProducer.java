package io.camelbenthos.redis;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.readiness.ConnectBackoff;
import io.camelbenthos.readiness.OutputConnection;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benthos's redis outputs ({@code redis_list}, {@code redis_pubsub}, {@code redis_streams}, {@code redis_hash};
 * connectors reference §4.6-§4.9): the exchange's batch is written as one pipeline of commands ({@link RedisWrites})
 * and the exchange completes once Redis answered all of them.
 *
 * <p>Connecting is Benthos's output connect loop ({@link OutputConnection}: {@code Failed to connect to <type>:
 * <error>}, then {@code Output type <type> is now active}, shown on {@code /ready}). A write that fails on the
 * connection is logged {@code Error from redis: <error>}, the output reconnects and writes the same batch again,
 * until it succeeds (Benthos's {@code ErrNotConnected}): an outage never nacks. An error the server answers for a
 * command (a {@code WRONGTYPE} key) nacks the batch instead of retrying it forever as Benthos does, so that a poison
 * message does not stall the stream and {@code fallback} sees it. Writing blocks the pipeline thread that runs it.
 */
public class RedisProducer extends DefaultProducer {
    private static final Logger LOG = LoggerFactory.getLogger(RedisProducer.class);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

    private final BenthosRedisEndpoint endpoint;
    private final RedisWrites writes;
    private final RedisConnector connector;
    private final String type;
    private OutputConnection connection;
    private volatile RedisSession session;
    private volatile boolean stopping;

    public RedisProducer(BenthosRedisEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.type = endpoint.getType();
        this.writes = new RedisWrites(endpoint);
        this.connector = new RedisConnector(endpoint.clientSettings());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stopping = false;
        connection = new OutputConnection(type, this::attempt);
        endpoint.connectionState(connection::state);
        connection.start();
    }

    private OutputConnection.Attempt attempt() {
        try {
            RedisSession s = connector.open(COMMAND_TIMEOUT, () -> {
            });
            try {
                s.sync().ping();
            } catch (RuntimeException e) {
                s.close();
                throw e;
            }
            RedisSession old = session;
            session = s;
            if (old != null) {
                old.close();
            }
            return OutputConnection.Attempt.CONNECTED;
        } catch (RuntimeException e) {
            return OutputConnection.Attempt.unreachable(connector.textOf(e));
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        List<Message> batch = exchange.getMessage().getBody() instanceof MessageBatch b
                ? b.messages() : List.of(BenthosExchange.view(exchange));
        List<RedisWrites.Command> commands = writes.prepare(batch); // a rendering failure is a nack
        if (commands.isEmpty()) {
            return;
        }
        ConnectBackoff backoff = new ConnectBackoff();
        while (true) {
            connection.writable().get(); // throws "type was closed" once stopped
            RedisSession s = session;
            String error;
            try {
                write(s, commands);
                return;
            } catch (RedisCommandExecutionException e) {
                throw new NackException(connector.textOf(e), e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RedisCommandExecutionException server) {
                    throw new NackException(connector.textOf(server), server);
                }
                error = connector.textOf(e);
            } catch (RuntimeException | TimeoutException e) {
                error = connector.textOf(e);
            }
            if (stopping) {
                throw new IllegalStateException("type was closed");
            }
            LOG.error("Error from redis: {}", error);
            connection.reconnect(error);
            Thread.sleep(backoff.nextMillis(ThreadLocalRandom.current().nextDouble()));
        }
    }

    private void write(RedisSession s, List<RedisWrites.Command> commands)
            throws ExecutionException, TimeoutException, InterruptedException {
        if (s == null || !s.isOpen()) {
            throw new IllegalStateException("redis: client is closed");
        }
        List<RedisFuture<?>> replies = new ArrayList<>(commands.size());
        for (RedisWrites.Command c : commands) {
            replies.add(c.apply(s.async()));
        }
        for (RedisFuture<?> reply : replies) {
            reply.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void doStop() throws Exception {
        stopping = true;
        if (connection != null) {
            connection.close();
        }
        RedisSession s = session;
        session = null;
        if (s != null) {
            s.close();
        }
        super.doStop();
    }
}
