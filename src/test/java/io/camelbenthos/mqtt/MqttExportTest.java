package io.camelbenthos.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.export.CamelYamlExport;
import java.util.concurrent.BlockingQueue;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** An mqtt config exported as Camel YAML DSL and run by plain Camel: the {@code mqtt} endpoints work from the export. */
class MqttExportTest {

    @Test
    void theExportedConfigRunsInPlainCamel() throws Exception {
        try (Mosquitto mosquitto = new Mosquitto()) {
            String in = Mosquitto.topic("in");
            String out = Mosquitto.topic("out");
            String exported = CamelYamlExport.export("mqtt_uppercase.yaml", """
                    input:
                      mqtt:
                        urls: [ "%1$s" ]
                        topics: [ "%2$s" ]
                    pipeline:
                      processors:
                        - mapping: root = content().uppercase()
                    output:
                      mqtt:
                        urls: [ "%1$s" ]
                        topic: '%3$s'
                    """.formatted(mosquitto.url, in, out));
            assertThat(exported).contains("mqtt:mqtt_uppercase.input?urls=", "topic.0=" + in);

            BlockingQueue<Mosquitto.Received> received = mosquitto.subscribe(out, 1);
            try (DefaultCamelContext context = new DefaultCamelContext()) {
                PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("mqtt.camel.yaml", exported));
                context.start();
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                        context.getEndpoints().stream().filter(e -> e instanceof MqttEndpoint)
                                .allMatch(e -> ((MqttEndpoint) e).connectionState().connected()));
                mosquitto.publish(in, "foo bar", 1);

                assertThat(Mosquitto.next(received).body()).isEqualTo("FOO BAR");
            }
        }
    }
}
