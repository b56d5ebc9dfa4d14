package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code camel-benthos run} in a process of its own with example 2 of Benthos's Synchronous Responses guide as it is
 * written there, {@code addresses: [ TODO:9092 ]}: as Benthos, the run stays up and logs one line per failed connection
 * attempt (no stack trace), {@code /ready} answers 503 with the error, a request gets its 408, and SIGTERM still ends
 * the run with exit code 0.
 */
class RunWithUnresolvableKafkaTest {
    private static final String GUIDE_EXAMPLE_2 = """
            input:
              http_server:
                path: /post
            output:
              broker:
                pattern: fan_out
                outputs:
                  - kafka:
                      addresses: [ TODO:9092 ]
                      topic: foo_topic
                  - sync_response: {}
                    processors:
                      - bloblang: root = content().uppercase()
            """;
    private static final String ERROR =
            "kafka: client has run out of available brokers to talk to: dial tcp: lookup TODO: no such host";
    /** Benthos's logfmt line (the command line's default logger block), after its timestamp. */
    private static final String LOG_LINE = "level=error msg=\"Failed to connect to kafka: " + ERROR + "\" @service=benthos";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private Process run;

    @AfterEach
    void stopRun() {
        if (run != null && run.isAlive()) {
            run.destroyForcibly();
        }
    }

    private static boolean isLogLine(String line) {
        return line.matches("time=\"[^\"]+\" " + java.util.regex.Pattern.quote(LOG_LINE));
    }

    @Test
    void theGuidesExampleRunsAndRetriesInsteadOfCrashing() throws Exception {
        Path config = dir.resolve("fan_out.yaml");
        Files.writeString(config, GUIDE_EXAMPLE_2);
        Path log = dir.resolve("run.log");
        int port = AvailablePortFinder.find().getPort();
        run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "--set", "http.address=127.0.0.1:" + port, "--set", "input.http_server.timeout=1s",
                "--set", "shutdown_timeout=1s", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        HttpResponse<String> ready = awaitReady(port, r -> r.body().contains("\"error\""));
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("{\"statuses\":[{\"label\":\"\",\"path\":\"root.input\",\"connected\":true},"
                + "{\"label\":\"\",\"path\":\"root.output.broker.outputs.0\",\"connected\":false,\"error\":\"" + ERROR
                + "\"},{\"label\":\"\",\"path\":\"root.output.broker.outputs.1\",\"connected\":true}]}\n");

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/post"))
                .POST(HttpRequest.BodyPublishers.ofString("foo bar")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(408);
        assertThat(post.body()).isEqualTo("Request timed out\n");

        List<String> lines = awaitLog(log, l -> l.stream().filter(RunWithUnresolvableKafkaTest::isLogLine).count() >= 2);
        assertThat(run.isAlive()).as("the run is still up; its log:\n%s", String.join("\n", lines)).isTrue();
        assertThat(lines).as("a failed attempt is one line, never a stack trace")
                .filteredOn(l -> l.contains("kafka") && l.contains("level=error")).allMatch(RunWithUnresolvableKafkaTest::isLogLine);
        assertThat(lines).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));

        run.destroy(); // SIGTERM
        assertThat(run.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
        assertThat(run.exitValue()).isZero();
    }

    /** Asks /ready until the answer satisfies {@code done}; the run needs a JVM start first. */
    private HttpResponse<String> awaitReady(int port, Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).build();
        while (true) {
            assertThat(run.isAlive()).as("the run is up").isTrue();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (done.test(r) || System.nanoTime() > deadline) {
                    return r;
                }
            } catch (IOException notListeningYet) {
                assertThat(System.nanoTime()).as("/ready answered within %s", DEADLINE).isLessThan(deadline);
            }
            Thread.sleep(100); // polling another process: there is nothing to wait on in-process
        }
    }

    /** Reads the run's log until it satisfies {@code done} (or the deadline passed). */
    private static List<String> awaitLog(Path log, Predicate<List<String>> done) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        List<String> lines = Files.readAllLines(log);
        while (!done.test(lines) && System.nanoTime() < deadline) {
            Thread.sleep(100); // the log of another process
            lines = Files.readAllLines(log);
        }
        return lines;
    }
}
