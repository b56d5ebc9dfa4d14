package io.camelbenthos.camel.endpoints;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A plain Jakarta JMS client of the test broker (core or AMQP 1.0): requests with a reply-to, and responders. */
final class JmsClient implements AutoCloseable {
    private final ConnectionFactory cf;
    private final JMSContext context;
    private final List<JMSContext> responders = new ArrayList<>();

    JmsClient(ConnectionFactory cf) {
        this.cf = cf;
        this.context = cf.createContext();
    }

    JMSContext context() {
        return context;
    }

    /** Sends {@code body} with a temporary reply-to queue and one property; the reply, or null after 20 s. */
    Message request(String queue, String body, String property, String value) {
        TemporaryQueue replies = context.createTemporaryQueue();
        try (JMSConsumer consumer = context.createConsumer(replies)) {
            context.createProducer().setJMSReplyTo(replies).setProperty(property, value)
                    .send(context.createQueue(queue), body.getBytes(StandardCharsets.UTF_8));
            return consumer.receive(20_000);
        }
    }

    /** Sends a one-way message. */
    void send(String queue, String body, String property, String value) {
        context.createProducer().setProperty(property, value)
                .send(context.createQueue(queue), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a bytes message (what a camel endpoint sends for a Benthos message). */
    static String text(Message m) throws Exception {
        return new String(((BytesMessage) m).getBody(byte[].class), StandardCharsets.UTF_8);
    }

    /** Answers each request on {@code queue} to its JMSReplyTo, correlated as Camel expects, with a property set. */
    void respondOn(String queue, UnaryOperator<String> answer) {
        JMSContext ctx = cf.createContext();
        responders.add(ctx);
        ctx.createConsumer(ctx.createQueue(queue)).setMessageListener(request -> {
            try {
                String reply = answer.apply(new String(request.getBody(byte[].class), StandardCharsets.UTF_8));
                String correlation = request.getJMSCorrelationID() != null ? request.getJMSCorrelationID()
                        : request.getJMSMessageID();
                ctx.createProducer().setJMSCorrelationID(correlation).setProperty("reply_flag", "set")
                        .send(request.getJMSReplyTo(), reply.getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void close() {
        responders.forEach(JMSContext::close);
        context.close();
    }
}
