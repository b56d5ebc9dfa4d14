package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code streams} with {@code -r}, {@code -t} and {@code -w}, its command line parsed as the CLI does and driven
 * through the REST API: root resources are one instance shared by every stream, {@code POST /resources/...} replaces
 * or adds one, and a watched file's change replaces, adds or removes exactly its stream.
 */
class StreamsCommandTest {
    private static final String SET = """
            input:
              http_server: {}
            pipeline:
              processors:
                - cache: {resource: seen, operator: set, key: k, value: "${! content() }"}
            output:
              sync_response: {}
            """;
    private static final String GET = """
            input:
              http_server: {}
            pipeline:
              processors:
                - cache: {resource: seen, operator: get, key: k}
                - catch:
                    - mapping: root = "missing"
            output:
              sync_response: {}
            """;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private StreamsCommand.Started started;
    private String base;
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() throws Exception {
        if (started != null) {
            started.close();
        }
    }

    private void start(String... args) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        base = "http://127.0.0.1:" + port;
        Path root = write("root.yaml", "http:\n  address: 127.0.0.1:" + port + "\n");
        StreamsCommand command = new StreamsCommand();
        CommandLine cl = new CommandLine(command);
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "-o";
        all[1] = root.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        cl.parseArgs(all);
        started = command.start();
        assertThat(started).as(err.toString()).isNotNull();
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        req.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rootResourcesAreOneInstanceSharedByEveryStreamAndPostReplacesOrAddsOne() throws Exception {
        Path res = write("res.yaml", "cache_resources:\n  - label: seen\n    memory: {}\n");
        write("streams/setter.yaml", SET);
        write("streams/getter.yaml", GET);
        start("-r", res.toString(), dir.resolve("streams").toString());

        assertThat(send("POST", "/setter/post", "v1").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/getter/post", "").body()).isEqualTo("v1");

        // replaced in place: both streams now use the new, empty store
        assertThat(send("POST", "/resources/cache/seen", "memory:\n  default_ttl: 1h\n").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/getter/post", "").body()).isEqualTo("missing");
        send("POST", "/setter/post", "v2");
        assertThat(send("POST", "/getter/post", "").body()).isEqualTo("v2");

        // a stream naming a resource that does not exist yet is refused, and accepted once it is posted
        String other = GET.replace("resource: seen", "resource: other");
        HttpResponse<String> refused = send("POST", "/streams/late", other);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("lint_errors", "cache resource 'other' was not found");
        assertThat(send("POST", "/resources/cache/other", "memory: {}").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/streams/late", other).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/late/post", "").body()).isEqualTo("missing");

        HttpResponse<String> badType = send("POST", "/resources/nope/x", "memory: {}");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).isEqualTo(
                "Var `type` must be set to one of `cache`, `input`, `output`, `processor` or `rate_limit`\n");
        HttpResponse<String> lint = send("POST", "/resources/cache/seen", "memory:\n  nope: 1\n");
        assertThat(lint.statusCode()).isEqualTo(400);
        assertThat(lint.body()).isEqualTo("{\"lint_errors\":[\"(2,3) field nope not recognised\"]}");
        assertThat(send("GET", "/resources/cache/seen", null).body()).isEqualTo("Error: verb not supported: GET\n");
        // the refused replacement changed nothing
        assertThat(send("POST", "/getter/post", "").body()).isEqualTo("v2");
    }

    @Test
    void aPostedProcessorResourceReachesTheStreamsUsingIt() throws Exception {
        Path res = write("res.yaml", "processor_resources:\n  - label: p\n    mapping: root = content().uppercase()\n");
        write("streams/proc.yaml", """
                input:
                  http_server: {}
                pipeline:
                  processors:
                    - resource: p
                output:
                  sync_response: {}
                """);
        start("-r", res.toString(), dir.resolve("streams").toString());
        assertThat(send("POST", "/proc/post", "x").body()).isEqualTo("X");
        assertThat(send("POST", "/resources/processor/p", "mapping: root = content().string() + \"!\"").statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/proc/post", "x").body()).isEqualTo("x!");
        HttpResponse<String> bad = send("POST", "/resources/processor/p", "nosuch: {}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(send("POST", "/proc/post", "x").body()).isEqualTo("x!");
    }

    @Test
    void streamsUseTemplates() throws Exception {
        write("streams/shouting.yaml", """
                input:
                  http_server: {}
                pipeline:
                  processors:
                    - shout: {suffix: "?"}
                output:
                  sync_response: {}
                """);
        start("-t", "src/test/resources/templates/processor_shout.yaml", dir.resolve("streams").toString());
        assertThat(send("POST", "/shouting/post", "hey").body()).isEqualTo("HEY?");
    }

    @Test
    void aWatchedFileChangeReplacesAddsOrRemovesExactlyItsStream() throws Exception {
        String upper = """
                input:
                  http_server: {}
                pipeline:
                  processors:
                    - mapping: root = content().uppercase()
                output:
                  sync_response: {}
                """;
        write("streams/a.yaml", upper);
        write("streams/team/b.yaml", upper);
        start("-w", dir.resolve("streams").toString());
        assertThat(send("POST", "/team_b/post", "x").body()).isEqualTo("X");

        write("streams/team/b.yaml", upper.replace("uppercase()", "string() + \"!\""));
        await().atMost(Duration.ofSeconds(30)).until(() -> send("POST", "/team_b/post", "x").body().equals("x!"));
        assertThat(send("POST", "/a/post", "x").body()).isEqualTo("X");

        write("streams/team/b.yaml", upper.replace("mapping:", "nosuch:"));
        write("streams/c.yaml", upper.replace("uppercase()", "length().string()"));
        await().atMost(Duration.ofSeconds(30)).until(() -> send("POST", "/c/post", "xyz").body().equals("3"));
        // the broken change was rejected: b keeps its running version
        assertThat(send("POST", "/team_b/post", "x").body()).isEqualTo("x!");

        Files.delete(dir.resolve("streams/a.yaml"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !send("GET", "/streams", null).body().contains("\"a\""));
        assertThat(send("GET", "/streams", null).body()).contains("\"c\"", "\"team_b\"");
        // (a removed stream's path answers 503, as after a DELETE through the API)
        assertThat(send("POST", "/a/post", "x").statusCode()).isNotEqualTo(200);
    }
}
