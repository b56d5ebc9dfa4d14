package io.camelbenthos.camel.endpoints;

import java.net.ServerSocket;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An in-process Apache Artemis broker for the {@code camel} components' tests: in-VM for JMS (Artemis's core
 * protocol) and a TCP acceptor on a free port for AMQP 1.0. Nothing persisted, no security.
 */
final class EmbeddedArtemis implements AutoCloseable {
    private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();
    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final int vmId = 4000 + IDS.incrementAndGet();
    private final int amqpPort;

    EmbeddedArtemis() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            amqpPort = s.getLocalPort();
        }
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJournalDirectory("target/artemis-" + vmId)
                .addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName(),
                        java.util.Map.of("serverId", vmId)))
                .addAcceptorConfiguration("amqp", "tcp://127.0.0.1:" + amqpPort + "?protocols=AMQP");
        broker.setConfiguration(config);
        broker.start();
    }

    /** A JMS connection factory on the broker's in-VM acceptor. */
    ActiveMQConnectionFactory jmsConnectionFactory() {
        return new ActiveMQConnectionFactory("vm://" + vmId);
    }

    /** The AMQP 1.0 URL of the broker. */
    String amqpUrl() {
        return "amqp://127.0.0.1:" + amqpPort;
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
