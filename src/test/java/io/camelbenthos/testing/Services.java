package io.camelbenthos.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real services tests may use (semantics of the rule: a reachable service is used; an unreachable one skips the
 * test naming the service, except under {@code CI=true}, where it fails it: CI must run every test).
 */
public final class Services {
    private Services() {
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

    /** Skips (or, under CI, fails) the calling test when nothing listens at {@code host:port}. */
    public static void require(String service, String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
        } catch (IOException e) {
            String why = service + " is not reachable at " + host + ":" + port + " (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why + "; under CI=true every service must be there");
            }
            Assumptions.abort(why + ": test skipped");
        }
    }
}
