package io.camelbenthos.cli;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.runtime.ConfigWatcher;
import io.camelbenthos.runtime.RunOptions;
import io.camelbenthos.runtime.StreamsLoader;
import io.camelbenthos.runtime.StreamsRunner;
import io.camelbenthos.translate.TranslatedStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code run [-w] [-e envfile] [--set path=value] [--embedded-kafka] file…}: runs the configs side by side in one
 * Camel context until SIGTERM/SIGINT (graceful, exit 0) or until every input has closed. A bad config or a failed
 * start exits 1 with the reason on stderr.
 */
@Command(name = "run", description = "Runs one or more stream configs.")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Mixin
    DependencyOptions dependencies;

    @Option(names = {"-w", "--watcher"}, description = "Reload a config when its file changes.")
    boolean watch;

    @Option(names = "--embedded-kafka", description = "Start an in-process Kafka broker at the first kafka address of the configs.")
    boolean embeddedKafka;

    @Option(names = "--chilled", description = "Continue to execute a config containing linter errors.")
    boolean chilled;

    @Option(names = "--log.level", description = "Override the configured log level (OFF, ERROR, WARN, INFO, DEBUG, TRACE).")
    String logLevel;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files; each is a stream named after its file.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (DependencyOptions.Installed deps = dependencies.install()) {
            return runConfigs();
        } catch (org.apache.camel.tooling.maven.MavenResolutionException e) {
            spec.commandLine().getErr().println("failed to resolve dependencies: " + e.getMessage());
            return 1;
        }
    }

    private int runConfigs() throws Exception {
        RunOptions run = options.run(files, watch, logLevel, chilled);
        StreamsLoader loader;
        List<TranslatedStream> streams;
        try {
            loader = new StreamsLoader(run);
            List<StreamConfig> configs = loader.parse(files);
            // Before anything logs: slf4j-simple reads its level once, when the first logger is created.
            if (!LogLevels.configured(configs.get(0).logger(), logLevel, spec.commandLine().getErr())) {
                return 1;
            }
            // Not a static logger: slf4j-simple fixes its level when the first logger is made, just above.
            loader.chilledLints().forEach(lint -> org.slf4j.LoggerFactory.getLogger(RunCommand.class)
                    .warn("Config lint error: {}", lint));
            streams = loader.translate(configs);
        } catch (ConfigException e) {
            e.errors().forEach(err -> spec.commandLine().getErr().println(err));
            spec.commandLine().getErr().println(e.lintOnly()
                    ? "shutting down due to linter errors, to prevent shutdown run camel-benthos with --chilled"
                    : "shutting down due to config errors");
            return 1;
        }
        // Started before Camel so that Kafka outputs find their broker; closed after Camel has stopped.
        EmbeddedKafkaBroker kafka = embeddedKafka ? EmbeddedKafkaBroker.start(KafkaAddresses.first(streams)) : null;
        try {
            return runUntilDone(streams, loader);
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
    }

    private int runUntilDone(List<TranslatedStream> streams, StreamsLoader loader) throws Exception {
        StreamsRunner runner = new StreamsRunner(streams);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> onSignal(runner, stopped, streams), "camel-benthos-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            try {
                runner.start();
            } catch (Exception e) {
                spec.commandLine().getErr().println("failed to start: " + rootMessage(e));
                runner.stop();
                return 1;
            }
            try (ConfigWatcher watcher = watch ? new ConfigWatcher(runner, loader, files,
                    io.camelbenthos.config.PathGlobs.expand(options.resources)) : null) {
                if (watcher != null) {
                    watcher.start();
                }
                runner.awaitTermination();
            }
            return 0;
        } finally {
            stopped.countDown();
            removeHook(hook);
        }
    }

    /**
     * SIGTERM/SIGINT: ask the run to end, wait for the graceful stop, then exit 0 (Benthos exits 0 after a clean
     * shutdown, where a JVM ended by a signal would otherwise report 143).
     */
    static void onSignal(StreamsRunner runner, CountDownLatch stopped, List<TranslatedStream> streams) {
        runner.requestStop();
        try {
            stopped.await(StreamsRunner.shutdownTimeoutSeconds(streams) + 5L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(0);
    }

    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down: the hook is running and will end the process.
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
