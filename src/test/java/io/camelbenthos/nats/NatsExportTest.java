package io.camelbenthos.nats;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.export.CamelYamlExport;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/**
 * A NATS config exported as Camel YAML DSL and run by plain Camel (no camel-benthos translation): the
 * {@code benthos-nats} endpoints and the mapping bean work from the export alone.
 */
class NatsExportTest extends NatsServerTest {

    @Test
    void theExportedNatsConfigRunsInPlainCamel() throws Exception {
        String in = NatsServer.subject("export-in");
        String out = NatsServer.subject("export-out");
        String exported = CamelYamlExport.export("nats_upper.yaml", """
                input:
                  nats:
                    urls: [ "%s" ]
                    subject: %s
                pipeline:
                  processors:
                    - mapping: root = content().uppercase()
                output:
                  nats:
                    urls: [ "%s" ]
                    subject: %s.${! @nats_subject.length() }
                """.formatted(nats.url, in, nats.url, out));
        assertThat(exported).contains("benthos-nats:core:nats_upper.input?urls=", "subject=" + in);
        Subscription reader = nats.client.subscribe(out + ".*");
        nats.client.flush(Duration.ofSeconds(5));

        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("nats.camel.yaml", exported));
            context.start();
            Message got = null;
            for (int i = 0; i < 100 && got == null; i++) { // until the exported input has subscribed
                nats.client.publish(in, "foo bar".getBytes(StandardCharsets.UTF_8));
                got = reader.nextMessage(Duration.ofMillis(200));
            }
            assertThat(got).isNotNull();
            assertThat(new String(got.getData(), StandardCharsets.UTF_8)).isEqualTo("FOO BAR");
            assertThat(got.getSubject()).isEqualTo(out + "." + in.length());
        }
    }
}
