package io.camelbenthos.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playground page in a real browser: headless Chromium loads it, its script calls {@code /execute}, and the DOM
 * is dumped once the page settled ({@code --virtual-time-budget} lets the fetch and timers complete first).
 * Install Chromium with {@code apt-get install -y chromium}; without it this test is skipped.
 */
class PlaygroundBrowserTest {
    private static final String CHROMIUM = "chromium";
    private PlaygroundServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(onPath(CHROMIUM), "chromium is not installed (apt-get install -y chromium): browser test skipped");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePageShowsTheLiveOutputOfItsMapping() throws Exception {
        start("root.message = this.message.uppercase()", "{\"message\":\"hello world\"}");
        String dom = dumpDom();
        assertThat(dom).contains("data-state=\"ok\"").contains(">{\n  \"message\": \"HELLO WORLD\"\n}</pre>");
    }

    @Test
    void thePageShowsParseErrors() throws Exception {
        start("root = this.", "{}");
        String dom = dumpDom();
        assertThat(dom).contains("data-state=\"parse-error\"").contains("failed to parse mapping: line 1 char");
    }

    private void start(String mapping, String input) throws IOException {
        Path mappingFile = Files.writeString(dir.resolve("mapping.blobl"), mapping);
        Path inputFile = Files.writeString(dir.resolve("input.json"), input);
        server = PlaygroundServer.start("127.0.0.1", 0, PlaygroundState.load(mappingFile, inputFile, false));
    }

    private String dumpDom() throws Exception {
        Path profile = Files.createDirectory(dir.resolve("chromium-profile"));
        List<String> command = List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                "http://127.0.0.1:" + server.port() + "/");
        Path log = dir.resolve("chromium.log");
        Process chromium = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish; its log:\n" + Files.readString(log));
        }
        assertThat(chromium.exitValue()).as("chromium exit status; log:\n%s", Files.readString(log)).isZero();
        return new String(dom, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, program))) {
                return true;
            }
        }
        return false;
    }
}
