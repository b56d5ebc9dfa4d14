package io.camelbenthos.cli;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.DotEnv;
import io.camelbenthos.config.PathGlobs;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.config.YamlNode;
import io.camelbenthos.http.HttpServerSettingsFactory;
import io.camelbenthos.runtime.ResourceStore;
import io.camelbenthos.runtime.StreamFiles;
import io.camelbenthos.runtime.StreamManager;
import io.camelbenthos.runtime.StreamsApi;
import io.camelbenthos.runtime.StreamsRunner;
import io.camelbenthos.runtime.StreamsWatcher;
import io.camelbenthos.template.Templates;
import io.camelbenthos.translate.TranslatedStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code streams [-o root.yaml] [-r res] [-t tmpl] [-w] [--no-api] [--prefix-stream-endpoints=true|false] [paths…]}:
 * Benthos's streams mode (processors reference §22). One Camel context runs a stream per file (ids from the paths),
 * the root config gives the service-wide server, logger and the resources every stream shares (one instance of each
 * cache and rate limit), and the REST API (or, with {@code -w}, the files themselves) adds, replaces and removes
 * streams while the others keep serving.
 */
@Command(name = "streams", description = "Runs stream configs in streams mode, with a REST API to manage them.")
public final class StreamsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(names = {"-o", "--observability"}, description = "The root config: http, logger, metrics, shutdown and resources shared by all streams.")
    Path root;

    @Option(names = "--no-api", description = "Disable the HTTP API for managing streams (/ready stays).")
    boolean noApi;

    @Option(names = "--prefix-stream-endpoints", arity = "1", defaultValue = "true",
            description = "Prefix the HTTP endpoints of each stream's components with /<stream id> (default true).")
    boolean prefixEndpoints;

    @Option(names = "--chilled", description = "Continue to execute streams containing linter errors.")
    boolean chilled;

    @Option(names = "--log.level", description = "Override the configured log level (OFF, ERROR, WARN, INFO, DEBUG, TRACE).")
    String logLevel;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Stream config files or directories (walked recursively).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-w", "--watcher"}, description = "Create, update or delete a stream when its file is added, changed or removed.")
    boolean watch;

    /** Streams mode once started: what {@link #call()} waits on, and what stops it. */
    record Started(StreamsRunner runner, StreamsApi api, StreamsWatcher watcher, List<TranslatedStream> streams)
            implements AutoCloseable {
        @Override
        public void close() throws java.io.IOException {
            if (watcher != null) {
                watcher.close();
            }
            if (api != null) {
                api.close();
            }
            runner.stop();
        }
    }

    @Override
    public Integer call() throws Exception {
        Started started = start();
        if (started == null) {
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> RunCommand.onSignal(started.runner(), stopped, started.streams()), "camel-benthos-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            started.runner().awaitTermination();
            return 0;
        } finally {
            started.close();
            stopped.countDown();
            RunCommand.removeHook(hook);
        }
    }

    /** Reads the root config and the streams and starts them; null (the reasons on stderr) when that fails. */
    Started start() throws Exception {
        Map<String, String> env = DotEnv.overlay(System.getenv(), options.envFiles);
        List<String> lints = new ArrayList<>();
        StreamConfig rootConfig;
        Map<String, String> texts = new LinkedHashMap<>();
        List<TranslatedStream> streams = new ArrayList<>();
        StreamsRunner runner = new StreamsRunner(List.of());
        StreamManager manager;
        ResourceStore resources;
        try {
            ComponentRegistry registry = Templates.registryOrFail(options.templates);
            // -r resources belong to the root config: every stream shares them
            List<Path> resourceFiles = PathGlobs.expand(options.resources);
            ConfigLoader strict = new ConfigLoader(registry, env, options.overrides).withResources(resourceFiles);
            ConfigLoader lenient = new ConfigLoader(registry, env, options.overrides).withResources(resourceFiles)
                    .chilled(lints::add);
            String rootText = root == null ? "{}" : ConfigLoader.read(root);
            String rootLocation = root == null ? "root" : root.toString();
            rootConfig = strict.parse(rootLocation, rootText);
            YamlNode.Mapping shared = strict.sharedSections(rootLocation, rootText);
            if (!LogLevels.configured(rootConfig.logger(), logLevel, spec.commandLine().getErr())) {
                return null;
            }
            resources = ResourceStore.build(rootConfig, registry);
            manager = new StreamManager(runner, registry, strict, lenient, shared, prefixEndpoints, resources);
            List<String> errors = new ArrayList<>();
            for (Map.Entry<String, Path> file : StreamFiles.find(paths).entrySet()) {
                String text = ConfigLoader.read(file.getValue());
                try {
                    streams.add(manager.translate(file.getKey(), file.getValue().toString(), text, chilled));
                    texts.put(file.getKey(), text);
                } catch (StreamManager.LintFailure e) {
                    errors.add(file.getValue() + ": " + String.join("; ", e.lints()));
                }
            }
            if (!errors.isEmpty()) {
                errors.forEach(spec.commandLine().getErr()::println);
                // Benthos prints its template placeholder as it is (reference §22.1)
                spec.commandLine().getErr().println(
                        "shutting down due to stream linter errors, to prevent shutdown run {{.ProductName}} with --chilled");
                return null;
            }
        } catch (ConfigException e) {
            e.errors().forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().println("shutting down due to config errors");
            return null;
        }
        lints.forEach(lint -> org.slf4j.LoggerFactory.getLogger(StreamsCommand.class).warn("Config lint error: {}", lint));

        runner.streamsMode(HttpServerSettingsFactory.from(rootConfig.http()))
                .metrics(io.camelbenthos.metrics.MetricsSettings.from(rootConfig.metrics()));
        StreamsApi api = null;
        StreamsWatcher watcher = null;
        try {
            runner.start();
            resources.bindTo(runner.camel());
            api = new StreamsApi(manager, runner.camel());
            if (runner.serviceServer() != null && runner.serviceServer().server() != null) {
                api.register(runner.serviceServer().server(), !noApi);
            }
            for (TranslatedStream stream : streams) {
                manager.start(stream, texts.get(stream.id()));
            }
            if (watch) {
                watcher = new StreamsWatcher(manager, paths, chilled);
                watcher.start();
            }
            org.slf4j.LoggerFactory.getLogger(StreamsCommand.class)
                    .info("Launching camel-benthos in streams mode, use CTRL+C to close");
            return new Started(runner, api, watcher, streams);
        } catch (Exception e) {
            spec.commandLine().getErr().println("failed to start: " + e.getMessage());
            new Started(runner, api, watcher, streams).close();
            return null;
        }
    }
}
