package io.camelbenthos.redis;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;

/** Error texts worded as go-redis and Go's net package word them, so logs read as Benthos's. */
public final class RedisErrors {
    private RedisErrors() {
    }

    /**
     * The text of a Lettuce failure: a dial error as Go prints it ({@code dial tcp 127.0.0.1:6379: connect:
     * connection refused}), a server error as the server sent it ({@code WRONGTYPE Operation against a key ...}),
     * anything else by its innermost message.
     */
    public static String textOf(Throwable e, String hostPort) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException
                || root.getClass().getName().endsWith("AnnotatedConnectException")) {
            return "dial tcp " + hostPort + ": connect: connection refused";
        }
        if (root instanceof UnknownHostException) {
            return "dial tcp: lookup " + hostPort.substring(0, Math.max(0, hostPort.lastIndexOf(':')))
                    + ": no such host";
        }
        if (root instanceof ClosedChannelException) {
            return "EOF";
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
