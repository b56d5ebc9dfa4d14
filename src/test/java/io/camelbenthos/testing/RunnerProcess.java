package io.camelbenthos.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.cli.Main;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.test.AvailablePortFinder;

/** {@code camel-benthos run} in a JVM of its own, for tests that kill it or run several side by side. */
public final class RunnerProcess implements AutoCloseable {
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private final Process process;
    private final int port;
    private final Path log;

    private RunnerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code config} with its service-wide server on a free port and the given environment. */
    public static RunnerProcess start(Path config, Path log, Map<String, String> env) throws IOException {
        int port = AvailablePortFinder.find().getPort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "--set", "http.address=127.0.0.1:" + port, "--set", "shutdown_timeout=2s", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new RunnerProcess(builder.start(), port, log);
    }

    /** Waits until /ready answers 200: every input and output connected. */
    public void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).build();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            assertThat(process.isAlive()).as("the run is up; its log:\n%s", logText()).isTrue();
            try {
                if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the JVM is still starting
            }
            assertThat(System.nanoTime()).as("ready within %s; log:\n%s", DEADLINE, logText()).isLessThan(deadline);
            Thread.sleep(100); // polling another process: there is nothing to wait on in-process
        }
    }

    /** SIGKILL: no shutdown hook, no final commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end by itself; its exit code. */
    public int waitForExit(Duration within) throws InterruptedException {
        assertThat(process.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                .as("exited within %s; log:\n%s", within, logText()).isTrue();
        return process.exitValue();
    }

    public String logText() {
        try {
            return String.join("\n", List.copyOf(Files.readAllLines(log)));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
