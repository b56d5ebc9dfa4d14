package io.camelbenthos.amqp;

import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.camelbenthos.testing.Services;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The test's own side of RabbitMQ, on the broker's Java client: unique queues and exchanges (deleted on close),
 * publishing, reading back, and closing another client's connections from the server side.
 */
final class Rabbit implements AutoCloseable {
    final String url;
    private final Connection connection;
    private final Channel channel;
    private final List<String> queues = new ArrayList<>();
    private final List<String> exchanges = new ArrayList<>();

    Rabbit() throws Exception {
        url = Services.requireRabbitMq();
        ConnectionFactory f = new ConnectionFactory();
        f.setUri(url);
        if (f.getVirtualHost().isEmpty()) {
            f.setVirtualHost("/");
        }
        connection = f.newConnection("camel-benthos test");
        channel = connection.createChannel();
    }

    static String unique(String hint) {
        return "cb-test-" + hint + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new non-durable queue, deleted on close. */
    String queue(String hint) throws IOException {
        String q = unique(hint);
        channel.queueDeclare(q, false, false, false, null);
        queues.add(q);
        return q;
    }

    /** Deleted on close (for queues the stream declares itself). */
    String forget(String queue) {
        queues.add(queue);
        return queue;
    }

    String exchange(String hint, String type) throws IOException {
        String e = unique(hint);
        channel.exchangeDeclare(e, type, false);
        exchanges.add(e);
        return e;
    }

    String forgetExchange(String exchange) {
        exchanges.add(exchange);
        return exchange;
    }

    void bind(String queue, String exchange, String key) throws IOException {
        channel.queueBind(queue, exchange, key);
    }

    void publish(String queue, String body) throws IOException {
        publish(queue, new AMQP.BasicProperties(), body);
    }

    void publishTo(String exchange, String key, String body) throws IOException {
        channel.basicPublish(exchange, key, new AMQP.BasicProperties(), body.getBytes(StandardCharsets.UTF_8));
    }

    void publish(String queue, AMQP.BasicProperties props, String body) throws IOException {
        channel.basicPublish("", queue, props, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits for the next message on {@code queue} and acks it. */
    GetResponse next(String queue) {
        GetResponse[] got = new GetResponse[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> (got[0] = channel.basicGet(queue, true)) != null);
        return got[0];
    }

    /** The next message on {@code queue} (acked), or null when there is none now. */
    GetResponse poll(String queue) throws IOException {
        return channel.basicGet(queue, true);
    }

    static String body(GetResponse r) {
        return new String(r.getBody(), StandardCharsets.UTF_8);
    }

    /** Ready messages (not those delivered and unacked); on a channel of its own, which a missing queue closes. */
    long ready(String queue) throws IOException {
        try (Channel c = connection.createChannel()) {
            return c.queueDeclarePassive(queue).getMessageCount();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        }
    }

    boolean exists(String exchange) {
        try (Channel c = connection.createChannel()) {
            c.exchangeDeclarePassive(exchange);
            return true;
        } catch (IOException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /**
     * Closes, from the server side ({@code rabbitmqctl close_connection}), every connection whose client-provided
     * name contains {@code namePart}; returns how many.
     */
    static int closeConnections(String namePart) throws Exception {
        List<String> pids = new ArrayList<>();
        for (String line : run("rabbitmqctl", "-q", "list_connections", "--no-table-headers", "pid", "client_properties")) {
            if (line.contains(namePart)) {
                pids.add(line.substring(0, line.indexOf('\t')).trim());
            }
        }
        for (String pid : pids) {
            run("rabbitmqctl", "-q", "close_connection", pid, "closed by a camel-benthos test");
        }
        return pids.size();
    }

    /** True when {@code rabbitmqctl} can talk to the broker (it needs to run beside it, as root or rabbitmq). */
    static boolean canAdminister() {
        try {
            run("rabbitmqctl", "-q", "list_connections", "--no-table-headers", "pid");
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static List<String> run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + String.join("\n", lines));
        }
        return lines;
    }

    @Override
    public void close() throws IOException, java.util.concurrent.TimeoutException {
        for (String q : queues) {
            try (Channel c = connection.createChannel()) {
                c.queueDelete(q);
            }
        }
        for (String e : exchanges) {
            try (Channel c = connection.createChannel()) {
                c.exchangeDelete(e);
            }
        }
        connection.close();
    }
}
