package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.harness;
import static io.camelbenthos.components.processors.ProcessorTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code json_schema}, rules from the processors reference §17. */
class JsonSchemaProcessorTest {
    private static final String SCHEMA = """
            {"type":"object","properties":{"firstName":{"type":"string"},"age":{"type":"integer","minimum":0}},
             "required":["firstName"]}""";

    @TempDir
    Path dir;

    @Test
    void aValidMessagePassesUnchanged() throws Exception {
        try (StreamHarness h = harness("- json_schema: {schema: '" + SCHEMA.replace("\n", "") + "'}")) {
            Exchange e = send(h, "{\"firstName\":\"a\",  \"age\":3}");
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("{\"firstName\":\"a\",  \"age\":3}");
        }
    }

    @Test
    void violationsFlagTheMessageOneLineEachAndNeverChangeIt() throws Exception {
        Files.writeString(dir.resolve("s.json"), SCHEMA);
        try (StreamHarness h = harness("- json_schema: {schema_path: 'file://" + dir.resolve("s.json") + "'}")) {
            Exchange e = send(h, "{\"age\":-1}");
            assertThat(BenthosExchange.error(e).getMessage())
                    .isEqualTo("(root) firstName is required\nage must be greater than or equal to 0");
            assertThat(StreamHarness.body(e)).isEqualTo("{\"age\":-1}");
            assertThat(TestComponents.sink("out")).hasSize(1);
        }
    }

    @Test
    void anHttpSchemaPathIsFetchedOnceAtStart() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger fetches = new AtomicInteger();
        server.createContext("/schema.json", exchange -> {
            fetches.incrementAndGet();
            byte[] body = SCHEMA.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (StreamHarness h = harness("- json_schema: {schema_path: 'http://127.0.0.1:"
                + server.getAddress().getPort() + "/schema.json'}")) {
            assertThat(BenthosExchange.error(send(h, "{\"firstName\":\"x\"}"))).isNull();
            assertThat(BenthosExchange.error(send(h, "{\"firstName\":1}")).getMessage())
                    .isEqualTo("firstName invalid type. expected: string, given: integer");
            assertThat(fetches).hasValue(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void contentThatIsNotJsonIsFlagged() throws Exception {
        try (StreamHarness h = harness("- json_schema: {schema: '{}'}")) {
            assertThat(BenthosExchange.error(send(h, "x"))).isNotNull();
        }
    }

    @Test
    void theSchemaMustBeGivenAndItsPathMustBeFileOrHttp() {
        assertThatThrownBy(() -> harness("- json_schema: {}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("either schema or schema_path must be provided");
        assertThatThrownBy(() -> harness("- json_schema: {schema_path: 'https://example.com/s.json'}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid schema_path provided, must start with file:// or http://");
        assertThatThrownBy(() -> harness("- json_schema: {schema: 'not json'}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("failed to load JSON schema definition: ");
    }
}
