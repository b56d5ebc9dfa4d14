package io.camelbenthos.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real services tests may use (PostgreSQL, MariaDB, RabbitMQ, ...): a reachable service is used; an unreachable
 * one skips the test naming the service, except under {@code CI=true}, where it fails it, so CI never passes by
 * skipping.
 */
public final class Services {
    private Services() {
    }

    /** Host of a service: the env var {@code <NAME>_HOST} when set, else 127.0.0.1. */
    public static String host(String name) {
        String env = System.getenv(name.toUpperCase(java.util.Locale.ROOT) + "_HOST");
        return env == null || env.isBlank() ? "127.0.0.1" : env;
    }

    /** Port of a service: the env var {@code <NAME>_PORT} when set, else its standard port. */
    public static int port(String name, int standard) {
        String env = System.getenv(name.toUpperCase(java.util.Locale.ROOT) + "_PORT");
        return env == null || env.isBlank() ? standard : Integer.parseInt(env);
    }

    /** RabbitMQ's AMQP URL: {@code RABBITMQ_URL}, else the local broker with the default guest account. */
    public static String rabbitMqUrl() {
        String url = System.getenv("RABBITMQ_URL");
        return url == null || url.isBlank() ? "amqp://guest:guest@127.0.0.1:5672/" : url;
    }

    /** Skips (or, under CI, fails) the calling test when RabbitMQ does not answer at {@link #rabbitMqUrl()}. */
    public static String requireRabbitMq() {
        String url = rabbitMqUrl();
        URI uri = URI.create(url);
        require("RabbitMQ", uri.getHost(), uri.getPort() < 0 ? 5672 : uri.getPort());
        return url;
    }

    /** The MQTT broker (Mosquitto): {@code MQTT_HOST}/{@code MQTT_PORT}, else 127.0.0.1:1883. */
    public static String mqttUrl() {
        return "tcp://" + host("mqtt") + ":" + port("mqtt", 1883);
    }

    /** Skips (or, under CI, fails) the calling test when the MQTT broker does not answer at {@link #mqttUrl()}. */
    public static String requireMqtt() {
        require("MQTT broker (Mosquitto)", host("mqtt"), port("mqtt", 1883));
        return mqttUrl();
    }

    /** NATS's URL: {@code NATS_URL}, else the local server ({@code NATS_HOST}, {@code NATS_PORT}, standard 4222). */
    public static String natsUrl() {
        String url = System.getenv("NATS_URL");
        return url == null || url.isBlank() ? "nats://" + host("nats") + ":" + port("nats", 4222) : url;
    }

    /** Skips (or, under CI, fails) the calling test when NATS does not answer at {@link #natsUrl()}. */
    public static String requireNats() {
        String url = natsUrl();
        URI uri = URI.create(url);
        require("NATS", uri.getHost(), uri.getPort() < 0 ? 4222 : uri.getPort());
        return url;
    }

    /** Redis's URL: {@code REDIS_URL}, else the local server on its standard port (database 0). */
    public static String redisUrl() {
        String url = System.getenv("REDIS_URL");
        return url == null || url.isBlank() ? "redis://" + host("redis") + ":" + port("redis", 6379) : url;
    }

    /** Skips (or, under CI, fails) the calling test when Redis does not answer at {@link #redisUrl()}. */
    public static String requireRedis() {
        String url = redisUrl();
        URI uri = URI.create(url);
        require("Redis", uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
        return url;
    }

    /** Skips (or, under CI, fails) the calling test unless {@code host:port} accepts a TCP connection. */
    public static void require(String name, String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        } catch (IOException e) {
            String why = name + " is not reachable at " + host + ":" + port + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + "; under CI=true every service must be there");
            }
            Assumptions.abort(why + ": test skipped");
        }
    }
}
