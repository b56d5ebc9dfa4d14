package io.camelbenthos.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Local services a test needs (PostgreSQL, MariaDB, ...): reachable, or the test is skipped naming the service;
 * under {@code CI=true} an unreachable service fails the test instead, so CI never passes by skipping.
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

    /** Skips (or, under CI, fails) the calling test unless {@code host:port} accepts a TCP connection. */
    public static void require(String name, String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        } catch (IOException e) {
            String why = name + " is not reachable at " + host + ":" + port + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why + ": skipped");
        }
    }
}
