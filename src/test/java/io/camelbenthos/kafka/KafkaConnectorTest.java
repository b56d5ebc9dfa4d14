package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

/** The dial step of a kafka output's connection attempt, and its Go {@code net.Dial} error texts. */
class KafkaConnectorTest {
    @Test
    void refusedConnectionReadsAsGoDialError() {
        int closed = AvailablePortFinder.find().getPort();
        assertThat(KafkaConnector.dial("127.0.0.1:" + closed))
                .isEqualTo("dial tcp 127.0.0.1:" + closed + ": connect: connection refused");
    }

    @Test
    void listeningPortDials() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(KafkaConnector.dial("127.0.0.1:" + listening.getLocalPort())).isNull();
        }
    }

    @Test
    void addressWithoutPort() {
        assertThat(KafkaConnector.dial("127.0.0.1"))
                .isEqualTo("dial tcp: address 127.0.0.1: missing port in address");
    }
}
