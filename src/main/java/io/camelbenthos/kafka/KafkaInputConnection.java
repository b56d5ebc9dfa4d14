package io.camelbenthos.kafka;

import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;

/**
 * The {@code /ready} state of one Kafka input: pending until its first connection attempt, then failing with the
 * attempt's error or connected. Bound in the registry and given to the input's endpoint, which updates it.
 */
public class KafkaInputConnection implements ConnectionProbe {
    private volatile ConnectionState state = ConnectionState.PENDING;

    @Override
    public ConnectionState state() {
        return state;
    }

    void update(ConnectionState next) {
        state = next;
    }

    @Override
    public String toString() {
        return "KafkaInputConnection[" + state + "]";
    }
}
