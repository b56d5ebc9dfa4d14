package io.camelbenthos.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.config.YamlNode;
import io.camelbenthos.http.HttpServerSettingsFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams mode end to end over real HTTP: the REST API of processors reference §22.4 (bodies, status codes), each
 * stream's endpoints under {@code /<id>}, and a stream replaced again and again while another keeps serving.
 */
class StreamsModeTest {
    private static final String UPPER = """
            input:
              http_server: {}
            pipeline:
              processors:
                - mapping: root = content().uppercase()
            output:
              sync_response: {}
            """;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private StreamsRunner runner;
    private StreamsApi api;
    private StreamManager manager;
    private String base;

    @BeforeEach
    void start() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        base = "http://127.0.0.1:" + port;
        ComponentRegistry registry = ComponentRegistry.defaultRegistry();
        ConfigLoader strict = new ConfigLoader(registry, Map.of(), List.of());
        ConfigLoader chilled = new ConfigLoader(registry, Map.of(), List.of()).chilled(lint -> { });
        String rootText = "http:\n  address: 127.0.0.1:" + port + "\n";
        StreamConfig root = strict.parse("root.yaml", rootText);
        YamlNode.Mapping shared = strict.sharedSections("root.yaml", rootText);
        runner = new StreamsRunner(List.of()).streamsMode(HttpServerSettingsFactory.from(root.http()));
        manager = new StreamManager(runner, registry, strict, chilled, shared, true);
        runner.start();
        api = new StreamsApi(manager, runner.camel());
        api.register(runner.serviceServer().server(), true);
        manager.start(manager.translate("a", "a.yaml", UPPER, false), UPPER);
    }

    @AfterEach
    void stop() {
        api.close();
        runner.stop();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + path));
        req.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void streamsAreCreatedReadPatchedAndDeletedWithBenthosBodiesAndCodes() throws Exception {
        assertThat(send("POST", "/a/post", "hello").body()).isEqualTo("HELLO");
        assertThat(send("POST", "/post", "hello").statusCode()).isEqualTo(404); // prefixed only

        JsonNode list = new ObjectMapper().readTree(send("GET", "/streams", null).body());
        assertThat(list.get("a").get("active").asBoolean()).isTrue();
        assertThat(list.get("a").get("uptime").isNumber()).isTrue();
        assertThat(list.get("a").get("uptime_str").asText()).matches("[0-9.]+(ms|s|µs)");

        assertThat(send("POST", "/streams/b", UPPER).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/b/post", "bee").body()).isEqualTo("BEE");
        HttpResponse<String> exists = send("POST", "/streams/b", UPPER);
        assertThat(exists.statusCode()).isEqualTo(400);
        assertThat(exists.body()).isEqualTo("Stream already exists\n");

        JsonNode b = new ObjectMapper().readTree(send("GET", "/streams/b", null).body());
        assertThat(b.get("config").get("pipeline").get("processors").get(0).get("mapping").asText())
                .isEqualTo("root = content().uppercase()");

        assertThat(send("PATCH", "/streams/b", "{\"pipeline\":{\"processors\":[{\"mapping\":\"root = content().lowercase()\"}]}}")
                .statusCode()).isEqualTo(200);
        assertThat(send("POST", "/b/post", "BEE").body()).isEqualTo("bee");

        assertThat(send("DELETE", "/streams/b", null).statusCode()).isEqualTo(200);
        HttpResponse<String> gone = send("GET", "/streams/b", null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).isEqualTo("Stream not found\n");
        assertThat(send("DELETE", "/streams/b", null).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/streams/nope", UPPER).statusCode()).isEqualTo(404); // PUT does not create
        HttpResponse<String> verb = send("HEAD", "/streams/a", null);
        assertThat(verb.statusCode()).isEqualTo(400);
        assertThat(send("OPTIONS", "/streams/a", null).body()).isEqualTo("Error: verb not supported: OPTIONS\n");

        HttpResponse<String> stats = send("GET", "/streams/a/stats", null);
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(stats.body()).get("uptime_ns").asLong()).isPositive();
        assertThat(stats.body()).contains("stream=\\\"a\\\"");

        HttpResponse<String> ready = send("GET", "/ready", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("OK");
    }

    @Test
    void aBadConfigGets400WithItsLintsAndChangesNothing() throws Exception {
        String bad = "input:\n  http_server:\n    pth: /x\noutput:\n  drop: {}\n";
        HttpResponse<String> refused = send("POST", "/streams/c", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(refused.body()).isEqualTo("{\"lint_errors\":[\"(3,5) field pth not recognised\"]}");
        assertThat(send("GET", "/streams/c", null).statusCode()).isEqualTo(404);

        HttpResponse<String> badUpdate = send("PUT", "/streams/a", "input:\n  nope: {}\n");
        assertThat(badUpdate.statusCode()).isEqualTo(400);
        assertThat(badUpdate.body()).contains("unable to infer component type: nope");
        assertThat(send("POST", "/a/post", "still").body()).isEqualTo("STILL");

        HttpResponse<String> resources = send("POST", "/streams/d", UPPER + "cache_resources: []\n");
        assertThat(resources.body()).isEqualTo("{\"lint_errors\":[\"(8,1) field cache_resources not recognised\"]}");

        assertThat(send("POST", "/streams/c?chilled=true", bad).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/streams/c", null).statusCode()).isEqualTo(200);
    }

    @Test
    void postStreamsReplacesTheWholeSet() throws Exception {
        String body = "{\"x\": " + new ObjectMapper().writeValueAsString(new org.snakeyaml.engine.v2.api.Load(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(UPPER)) + "}";
        assertThat(send("POST", "/streams", body).statusCode()).isEqualTo(200);
        JsonNode list = new ObjectMapper().readTree(send("GET", "/streams", null).body());
        assertThat(list.fieldNames()).toIterable().containsExactly("x");
        assertThat(send("POST", "/x/post", "ex").body()).isEqualTo("EX");
        assertThat(send("DELETE", "/streams", null).body()).isEqualTo("Error: method not supported\n");
    }

    @Test
    void aStreamKeepsServingWhileAnotherIsReplacedTwentyTimes() throws Exception {
        assertThat(send("POST", "/streams/b", UPPER).statusCode()).isEqualTo(200);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread loop = new Thread(() -> {
            while (running.get() && failure.get() == null) {
                try {
                    HttpResponse<String> r = send("POST", "/a/post", "loop");
                    if (r.statusCode() != 200 || !r.body().equals("LOOP")) {
                        failure.set(r.statusCode() + " " + r.body());
                    }
                    served.incrementAndGet();
                } catch (Exception e) {
                    failure.set(e.toString());
                }
            }
        });
        loop.start();
        for (int i = 0; i < 20; i++) {
            String mapping = UPPER.replace("content().uppercase()", "content().uppercase() + \"" + i + "\"");
            assertThat(send("PUT", "/streams/b", mapping).statusCode()).isEqualTo(200);
            assertThat(send("POST", "/b/post", "b").body()).isEqualTo("B" + i);
        }
        running.set(false);
        loop.join();
        assertThat(failure.get()).isNull();
        assertThat(served.get()).isPositive();
    }

    @Test
    void uptimesArePrintedAsGoDurations() {
        assertThat(StreamsApi.GoDuration.format(java.time.Duration.ofNanos(650_570_399))).isEqualTo("650.570399ms");
        assertThat(StreamsApi.GoDuration.format(java.time.Duration.ofNanos(1_500))).isEqualTo("1.5µs");
        assertThat(StreamsApi.GoDuration.format(java.time.Duration.ofMillis(3_723_500))).isEqualTo("1h2m3.5s");
        assertThat(StreamsApi.GoDuration.format(java.time.Duration.ofSeconds(60))).isEqualTo("1m0s");
        assertThat(StreamsApi.GoDuration.format(java.time.Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void streamIdsFollowBenthosPathRules() throws Exception {
        Path streams = Files.createDirectories(dir.resolve("streams/team"));
        Files.writeString(streams.resolve("foo.yaml"), UPPER);
        Files.writeString(streams.resolve("foo_benthos_test.yaml"), "tests: []\n");
        Files.writeString(dir.resolve("streams/bar.yml"), UPPER);
        Path single = Files.writeString(dir.resolve("single.yaml"), UPPER);
        assertThat(StreamFiles.find(List.of(dir.resolve("streams"), single)).keySet())
                .containsExactly("bar", "team_foo", "single");
        Files.writeString(dir.resolve("streams/team_foo.yaml"), UPPER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StreamFiles.find(List.of(dir.resolve("streams"))))
                .hasMessageContaining("stream id (team_foo) collision from file:");
    }
}
