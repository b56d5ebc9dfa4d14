package io.camelbenthos.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.PathHammer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} and its reload ({@code -w}) with clients posting from before anything listens: Benthos serves only
 * once its inputs are registered, so a configured path answers, is refused or (while its input restarts on the
 * shared server) is "Service unavailable", but never 404.
 */
class HttpPathsDuringStartAndReloadTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String config(String http, String input, String mapping) {
        return http + "input:\n  http_server:\n" + input.indent(4) + "pipeline:\n  processors:\n    - mapping: "
                + mapping + "\noutput:\n  sync_response: {}\n";
    }

    @Test
    void noConfiguredPathAnswers404WhileTheRunStartsOrAFileIsReloaded() throws Exception {
        int shared = AvailablePortFinder.find().getPort();
        int dedicated = AvailablePortFinder.find().getPort();
        String http = "http:\n  address: 127.0.0.1:" + shared + "\n";
        Path a = file("a.yaml", config(http, "path: /a", "root = content().uppercase()"));
        Path b = file("b.yaml", config(http, "path: /b", "root = content().uppercase()"));
        Path c = file("c.yaml", config(http, "address: 127.0.0.1:" + dedicated + "\npath: /c",
                "root = content().uppercase()"));
        StreamsLoader loader = new StreamsLoader(RunOptions.of(a, b, c));
        List<Path> files = List.of(a, b, c);
        try (PathHammer onShared = PathHammer.start(URI.create("http://127.0.0.1:" + shared + "/b"));
             PathHammer onDedicated = PathHammer.start(URI.create("http://127.0.0.1:" + dedicated + "/c"));
             StreamsRunner runner = new StreamsRunner(loader.load(files))) {
            runner.start();
            assertThat(onShared.awaitOk(30, TimeUnit.SECONDS)).as("/b answers").isTrue();
            assertThat(onDedicated.awaitOk(30, TimeUnit.SECONDS)).as("/c answers").isTrue();

            for (Path reloaded : List.of(b, c)) {
                Files.writeString(reloaded, Files.readString(reloaded).replace("uppercase", "lowercase"));
                runner.replace(loader.reload(reloaded));
            }
            assertThat(onShared.awaitOk(30, TimeUnit.SECONDS)).as("/b answers after its reload").isTrue();
            assertThat(onDedicated.awaitOk(30, TimeUnit.SECONDS)).as("/c answers after its reload").isTrue();

            assertThat(onShared.answers()).noneMatch(answer -> answer.startsWith("404"))
                    .allMatch(answer -> answer.equals("200 HAMMER") || answer.equals("200 hammer")
                            || answer.startsWith("503 "));
            assertThat(onDedicated.answers()).noneMatch(answer -> answer.startsWith("404"))
                    .allMatch(answer -> answer.equals("200 HAMMER") || answer.equals("200 hammer")
                            || answer.startsWith("503 "));
        }
    }
}
