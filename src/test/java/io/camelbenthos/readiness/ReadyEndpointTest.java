package io.camelbenthos.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.http.BenthosMetrics;
import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.runtime.InputLifecycle;
import io.camelbenthos.translate.BenthosRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /ready} from each Benthos input and output, with a real Kafka broker or none (semantics §9.7). */
class ReadyEndpointTest {
    private static final String OUT_OF_BROKERS = "kafka: client has run out of available brokers to talk to: ";
    private final HttpClient http = HttpClient.newHttpClient();
    private CamelContext camel;
    private EmbeddedKafkaBroker broker;
    private int port;

    private void run(String yamlWithoutHttpBlock) throws Exception {
        port = AvailablePortFinder.find().getPort();
        camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(2);
        BenthosMetrics.installIn(camel);
        camel.addRoutes(BenthosRoutes.fromYaml("ready.yaml",
                "http:\n  address: 127.0.0.1:" + port + "\n" + yamlWithoutHttpBlock));
        camel.start();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private HttpResponse<String> ready() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks until the answer satisfies {@code done}: the probes connect in the background. */
    private HttpResponse<String> readyOnce(Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> r = ready();
        while (!done.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(50); // polling an HTTP endpoint: there is nothing to wait on in-process
            r = ready();
        }
        return r;
    }

    @Test
    void kafkaOutputWithNoBrokerIsNotConnectedAnd503NamesIt() throws Exception {
        int closed = AvailablePortFinder.find().getPort();
        run("""
                input:
                  http_server: {}
                output:
                  kafka:
                    addresses: [ 127.0.0.1:%d ]
                    topic: foo
                """.formatted(closed));
        HttpResponse<String> r = readyOnce(x -> x.body().contains("\"error\""));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).isEqualTo("{\"statuses\":[{\"label\":\"\",\"path\":\"root.input\",\"connected\":true},"
                + "{\"label\":\"\",\"path\":\"root.output\",\"connected\":false,\"error\":\"" + OUT_OF_BROKERS
                + "dial tcp 127.0.0.1:" + closed + ": connect: connection refused\"}]}\n");
        // the JSON is sniffed, as Benthos sets its Content-Type too late on a 503
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    }

    @Test
    void kafkaOutputWithABrokerIsConnectedAnd200() throws Exception {
        broker = EmbeddedKafkaBroker.start("127.0.0.1:0");
        run("""
                input:
                  label: in
                  http_server: {}
                output:
                  label: out
                  kafka:
                    addresses: [ %s ]
                    topic: foo
                """.formatted(broker.bootstrapServers()));
        HttpResponse<String> r = readyOnce(x -> x.statusCode() == 200);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"statuses\":[{\"label\":\"in\",\"path\":\"root.input\",\"connected\":true},"
                + "{\"label\":\"out\",\"path\":\"root.output\",\"connected\":true}]}\n");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void brokerChildrenReportOneByOne() throws Exception {
        int closed = AvailablePortFinder.find().getPort();
        run("""
                input:
                  broker:
                    inputs:
                      - http_server: {}
                      - http_server:
                          path: /other
                          ws_path: ""
                output:
                  broker:
                    pattern: fan_out
                    outputs:
                      - drop: {}
                      - kafka:
                          addresses: [ 127.0.0.1:%d ]
                          topic: foo
                """.formatted(closed));
        HttpResponse<String> r = readyOnce(x -> x.body().contains("\"error\""));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).startsWith("{\"statuses\":["
                + "{\"label\":\"\",\"path\":\"root.input.broker.inputs.0\",\"connected\":true},"
                + "{\"label\":\"\",\"path\":\"root.input.broker.inputs.1\",\"connected\":true},"
                + "{\"label\":\"\",\"path\":\"root.output.broker.outputs.0\",\"connected\":true},"
                + "{\"label\":\"\",\"path\":\"root.output.broker.outputs.1\",\"connected\":false,\"error\":");
    }

    @Test
    void outputsWithoutARemotePeerAreConnected() throws Exception {
        run("""
                input:
                  http_server: {}
                output:
                  sync_response: {}
                """);
        HttpResponse<String> r = ready();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"statuses\":[{\"label\":\"\",\"path\":\"root.input\",\"connected\":true},"
                + "{\"label\":\"\",\"path\":\"root.output\",\"connected\":true}]}\n");
    }

    @Test
    void aStreamThatEndedIs503StreamTerminated() throws Exception {
        run("""
                input:
                  http_server: {}
                output:
                  drop: {}
                """);
        // what a finite input reports once it delivered everything (ready.yaml is the stream "ready", one input)
        InputLifecycle.of(camel).inputClosed("ready");
        HttpResponse<String> r = ready();
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).isEqualTo("{\"error\":\"stream terminated\",\"statuses\":["
                + "{\"label\":\"\",\"path\":\"root.input\",\"connected\":true},"
                + "{\"label\":\"\",\"path\":\"root.output\",\"connected\":true}]}\n");
    }
}
