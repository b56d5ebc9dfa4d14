package io.camelbenthos.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Messages wait for an output's first connection without holding a thread, and fail when it closes first. */
class OutputConnectionTest {

    @Test
    void aWaitIsAPendingFutureUntilAnAttemptSucceeds() throws Exception {
        AtomicBoolean peerUp = new AtomicBoolean(false);
        AtomicInteger attempts = new AtomicInteger();
        OutputConnection connection = new OutputConnection("test", () -> {
            attempts.incrementAndGet();
            return peerUp.get() ? OutputConnection.Attempt.CONNECTED
                    : OutputConnection.Attempt.unreachable("dial tcp: connection refused");
        });
        connection.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() >= 1);
            CompletableFuture<Void> waiting = connection.writable();
            assertThat(waiting).isNotDone();
            assertThat(connection.state().connected()).isFalse();

            peerUp.set(true);
            waiting.get(30, TimeUnit.SECONDS);
            assertThat(connection.writable()).isCompleted();
            assertThat(connection.state().connected()).isTrue();
        } finally {
            connection.close();
        }
    }

    @Test
    void closingFailsTheWaitingMessagesWithBenthosText() {
        OutputConnection connection = new OutputConnection("test",
                () -> OutputConnection.Attempt.unreachable("lookup TODO: no such host"));
        connection.start();
        CompletableFuture<Void> waiting = connection.writable();
        connection.close();
        assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class).cause().hasMessage("type was closed");
        assertThat(connection.writable()).isCompletedExceptionally();
    }

    @Test
    void aLostConnectionHoldsMessagesAgainUntilTheLoopReconnects() throws Exception {
        AtomicBoolean peerUp = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        OutputConnection connection = new OutputConnection("test", () -> {
            attempts.incrementAndGet();
            return peerUp.get() ? OutputConnection.Attempt.CONNECTED
                    : OutputConnection.Attempt.unreachable("dial tcp: connection refused");
        });
        connection.start();
        try {
            connection.writable().get(30, TimeUnit.SECONDS);
            peerUp.set(false);

            connection.reconnect("CONNECTION_FORCED");
            CompletableFuture<Void> waiting = connection.writable();
            assertThat(waiting).isNotDone();
            assertThat(connection.state().connected()).isFalse();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() >= 2);

            peerUp.set(true);
            waiting.get(30, TimeUnit.SECONDS);
            assertThat(connection.state()).isEqualTo(ConnectionState.CONNECTED);
        } finally {
            connection.close();
        }
    }
}
