package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.example.PlatformHttpApplication;
import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five examples of Benthos's synchronous-responses guide ({@code routes/}), unchanged but for the Kafka and
 * proxied-service addresses, served through the application's own platform-http server inside the embedding example:
 * the same replies and Kafka records as on the runner's own server.
 */
class PlatformHttpRoutesTest {
    private static EmbeddedKafkaBroker kafka;

    @RegisterExtension
    AvailablePortFinder.Port port = AvailablePortFinder.find();
    @TempDir
    Path routes;
    private Main main;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startKafka() {
        kafka = E2eKafka.start("fan_out_topic", "sync_proc_topic", "proxy_kafka_topic");
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    /** Starts the application with {@code routes/<name>}, its Kafka address, topic and downstream URL replaced. */
    private void start(String name, String topic, String downstreamUrl) throws Exception {
        String text = Files.readString(Path.of("routes", name))
                .replace("${KAFKA_ADDRESSES:localhost:9092}", kafka.bootstrapServers())
                .replace("topic: foo_topic", "topic: " + topic)
                .replace("http://localhost:4196/post", downstreamUrl);
        Files.writeString(routes.resolve(name), text);
        main = PlatformHttpApplication.start(routes, port.getPort());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getPort() + "/post"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> kafkaRecords(String topic) {
        return TopicReader.readAll(kafka.bootstrapServers(), topic, 1).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void uppercase() throws Exception {
        start("uppercase.yaml", "", "");
        assertThat(post("foo bar").body()).isEqualTo("FOO BAR");
    }

    @Test
    void fanOutKafka() throws Exception {
        start("fan_out_kafka.yaml", "fan_out_topic", "");
        HttpResponse<String> reply = post("fan out");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("FAN OUT");
        assertThat(kafkaRecords("fan_out_topic")).containsExactly("fan out");
    }

    @Test
    void syncResponseProcessor() throws Exception {
        start("sync_response_processor.yaml", "sync_proc_topic", "");
        assertThat(post("sync proc").body()).isEqualTo("sync proc baz");
        assertThat(kafkaRecords("sync_proc_topic")).containsExactly("SYNC PROC BAZ");
    }

    @Test
    void httpProxy() throws Exception {
        try (Downstream downstream = new Downstream()) {
            start("http_proxy.yaml", "", downstream.url());
            assertThat(post("foo bar").body()).isEqualTo("proxied: foo bar");
        }
    }

    @Test
    void httpProxyKafka() throws Exception {
        try (Downstream downstream = new Downstream()) {
            start("http_proxy_kafka.yaml", "proxy_kafka_topic", downstream.url());
            assertThat(post("proxy kafka").body()).isEqualTo("proxied: proxy kafka");
            assertThat(kafkaRecords("proxy_kafka_topic")).containsExactly("proxy kafka");
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getPort() + "/hello"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("hello from the application");
    }
}
