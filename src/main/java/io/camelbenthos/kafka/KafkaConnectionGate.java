package io.camelbenthos.kafka;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.readiness.OutputConnection;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The connect phase of a {@code kafka} output, as a step in front of its producer: from the route's start it connects
 * to the brokers in the background ({@link OutputConnection}, attempts by {@link KafkaConnector}), logging each
 * failure and retrying with Benthos's backoff, and holds every message until a broker answers. An unresolvable or
 * unreachable address therefore never stops the stream: the producer (started lazily, see {@link KafkaProducerUri})
 * is only created once a broker is there, and messages meanwhile wait, as in Benthos.
 *
 * <p>It is also the output's {@code /ready} probe. A JavaBean, so the route stays exportable: {@code endpointUri} is
 * the camel-kafka endpoint the output sends to, whose settings (brokers, TLS, SASL) the attempts use.
 */
public class KafkaConnectionGate extends ServiceSupport implements Processor, CamelContextAware, ConnectionProbe {
    private String endpointUri;
    private CamelContext camelContext;
    private volatile OutputConnection connection;

    public KafkaConnectionGate() {
    }

    public KafkaConnectionGate(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    public String getEndpointUri() {
        return endpointUri;
    }

    /** The camel-kafka endpoint URI of the output's producer. */
    public void setEndpointUri(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    @Override
    @JsonIgnore // not a setting: export must not write the context out
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    protected void doStart() {
        OutputConnection started = new OutputConnection("kafka",
                KafkaConnector.of(camelContext.getEndpoint(endpointUri, KafkaEndpoint.class)));
        started.start();
        connection = started;
    }

    @Override
    protected void doStop() {
        OutputConnection stopping = connection;
        if (stopping != null) {
            stopping.close();
        }
    }

    /** Waits until a broker answers; fails the message when the output stops first. */
    @Override
    public void process(Exchange exchange) throws Exception {
        OutputConnection current = connection;
        if (current == null) {
            throw new IllegalStateException("type was closed");
        }
        current.awaitWritable();
    }

    @Override
    public ConnectionState state() {
        OutputConnection current = connection;
        return current == null ? ConnectionState.PENDING : current.state();
    }

    @Override
    public String toString() {
        return "KafkaConnectionGate[" + endpointUri + "]";
    }
}
