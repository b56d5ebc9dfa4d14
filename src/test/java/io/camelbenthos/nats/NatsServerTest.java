package io.camelbenthos.nats;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test against the real local NATS server: {@link #nats} is there for each test and cleaned up after it. */
abstract class NatsServerTest {
    protected NatsServer nats;

    @BeforeEach
    void connectToNats() throws Exception {
        nats = new NatsServer();
    }

    @AfterEach
    void cleanUpNats() throws Exception {
        if (nats != null) {
            nats.close();
        }
    }
}
