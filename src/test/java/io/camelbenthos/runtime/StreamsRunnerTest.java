package io.camelbenthos.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.TestComponents;
import io.camelbenthos.translate.BenthosRoutes;
import io.camelbenthos.translate.TranslatedStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several config files side by side in one Camel Main context, reloads, and the Benthos document sniffing. */
class StreamsRunnerTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void runsSeveralFilesInOneContextAndReplacesAStreamOnReload() throws Exception {
        TestComponents.reset();
        Path a = file("a.yaml", "input:\n  test_direct: {name: a}\noutput:\n  test_sink: {name: a}\n");
        Path b = file("b.yaml", "input:\n  test_direct: {name: b}\npipeline:\n  processors:\n    - test_upper: {}\n"
                + "output:\n  test_sink: {name: b}\n");
        StreamsLoader loader = new StreamsLoader(RunOptions.of(a, b));
        List<TranslatedStream> streams = loader.load(List.of(a, b));
        try (StreamsRunner runner = new StreamsRunner(streams)) {
            runner.start();
            ProducerTemplate producer = runner.camel().createProducerTemplate();
            producer.sendBody("direct:test.a", "x".getBytes(StandardCharsets.UTF_8));
            producer.sendBody("direct:test.b", "y".getBytes(StandardCharsets.UTF_8));
            assertThat(TestComponents.sink("a")).containsExactly("x");
            assertThat(TestComponents.sink("b")).containsExactly("Y");

            Files.writeString(b, "input:\n  test_direct: {name: b}\npipeline:\n  processors:\n    - test_append: \"!\"\n"
                    + "output:\n  test_sink: {name: b}\n");
            runner.replace(loader.reload(b));
            producer.sendBody("direct:test.b", "z".getBytes(StandardCharsets.UTF_8));
            assertThat(TestComponents.sink("b")).containsExactly("Y", "z!");
        }
    }

    @Test
    void theWatcherReloadsAChangedFile() throws Exception {
        TestComponents.reset();
        Path c = file("w.yaml", "input:\n  test_direct: {name: w}\noutput:\n  test_sink: {name: w}\n");
        StreamsLoader loader = new StreamsLoader(RunOptions.of(c));
        try (StreamsRunner runner = new StreamsRunner(loader.load(List.of(c)));
             ConfigWatcher watcher = new ConfigWatcher(runner, loader, List.of(c))) {
            runner.start();
            java.util.concurrent.CountDownLatch reloaded = new java.util.concurrent.CountDownLatch(1);
            watcher.onReload(p -> reloaded.countDown());
            watcher.start();
            Files.writeString(c, "input:\n  test_direct: {name: w}\npipeline:\n  processors:\n    - test_upper: {}\n"
                    + "output:\n  test_sink: {name: w}\n");
            assertThat(reloaded.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("reloaded").isTrue();
            runner.camel().createProducerTemplate().sendBody("direct:test.w", "x".getBytes(StandardCharsets.UTF_8));
            assertThat(TestComponents.sink("w")).containsExactly("X");
        }
    }

    @Test
    void theWatcherReloadsTheConfigsWhenAResourceFileChanges() throws Exception {
        TestComponents.reset();
        Path res = file("res.yaml", "processor_resources:\n  - label: p\n    test_upper: {}\n");
        Path c = file("r.yaml", "input:\n  test_direct: {name: r}\npipeline:\n  processors:\n    - resource: p\n"
                + "output:\n  test_sink: {name: r}\n");
        RunOptions options = new RunOptions(List.of(c), List.of(), List.of(), true, null, false, List.of(),
                List.of(res.toString()));
        StreamsLoader loader = new StreamsLoader(options);
        try (StreamsRunner runner = new StreamsRunner(loader.load(List.of(c)));
             ConfigWatcher watcher = new ConfigWatcher(runner, loader, List.of(c), List.of(res))) {
            runner.start();
            ProducerTemplate producer = runner.camel().createProducerTemplate();
            producer.sendBody("direct:test.r", "x".getBytes(StandardCharsets.UTF_8));
            java.util.concurrent.CountDownLatch reloaded = new java.util.concurrent.CountDownLatch(1);
            watcher.onReload(p -> reloaded.countDown());
            watcher.start();
            Files.writeString(res, "processor_resources:\n  - label: p\n    test_append: \"!\"\n");
            assertThat(reloaded.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("reloaded").isTrue();
            producer.sendBody("direct:test.r", "x".getBytes(StandardCharsets.UTF_8));
            assertThat(TestComponents.sink("r")).containsExactly("X", "x!");
        }
    }

    @Test
    void twoFilesWithTheSameStreamIdAreRejected() throws Exception {
        Files.createDirectories(dir.resolve("other"));
        Path one = file("same.yaml", "output:\n  drop: {}\n");
        Path two = file("other/same.yaml", "output:\n  drop: {}\n");
        assertThatThrownBy(() -> new StreamsLoader(RunOptions.of(one, two)).load(List.of(one, two)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(two + ":1:1: stream id 'same' is already used by another config file: rename one of them");
    }

    @Test
    void recognisesBenthosDocuments() {
        assertThat(BenthosRoutes.isBenthosDocument("input:\n  stdin: {}\n")).isTrue();
        assertThat(BenthosRoutes.isBenthosDocument("pipeline:\n  processors: []\n")).isTrue();
        assertThat(BenthosRoutes.isBenthosDocument("- route:\n    from: {uri: 'timer:x'}\n")).isFalse();
        assertThat(BenthosRoutes.isBenthosDocument("apiVersion: camel.apache.org/v1\nkind: Pipe\ninput: {}\n")).isFalse();
        assertThat(BenthosRoutes.isBenthosDocument("input: [unclosed\n")).isFalse();
    }
}
