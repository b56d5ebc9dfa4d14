package io.camelbenthos.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.export.CamelYamlExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/**
 * The shipped AMQP example exported as Camel YAML DSL and run by plain Camel (no camel-benthos translation): the
 * {@code amqp09} endpoints and the mapping bean work from the export alone.
 */
class Amqp09ExportTest {

    @Test
    void theExportedAmqpExampleRunsInPlainCamel() throws Exception {
        try (Rabbit rabbit = new Rabbit()) {
            String in = rabbit.forget(Rabbit.unique("in")); // the example declares its input queue itself
            String out = rabbit.queue("out");
            String text = Files.readString(Path.of("routes/amqp_uppercase.yaml"))
                    .replace("${RABBITMQ_URL:amqp://guest:guest@localhost:5672/}", rabbit.url)
                    .replace("${AMQP_IN_QUEUE:benthos_in}", in)
                    .replace("${AMQP_OUT_QUEUE:benthos_out}", out);
            String exported = CamelYamlExport.export("amqp_uppercase.yaml", text);
            assertThat(exported).contains("amqp09:amqp_uppercase.input?urls=", "queue=" + in, "key=" + out);

            try (DefaultCamelContext context = new DefaultCamelContext()) {
                PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("amqp.camel.yaml", exported));
                context.start();
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
                    try {
                        return rabbit.ready(in) >= 0; // declared by the exported input
                    } catch (java.io.IOException e) {
                        return false;
                    }
                });
                rabbit.publish(in, new com.rabbitmq.client.AMQP.BasicProperties.Builder()
                        .headers(Map.of("origin", "test")).build(), "foo bar");

                assertThat(Rabbit.body(rabbit.next(out))).isEqualTo("FOO BAR");
            }
        }
    }
}
