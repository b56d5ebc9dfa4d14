package io.camelbenthos.cli;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.DotEnv;
import io.camelbenthos.configtest.TestRun;
import io.camelbenthos.template.Templates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code test [-r res] [-e env] [--log level] [-v] paths…}: Benthos's config unit tests, run unchanged (semantics
 * §9.5, processors reference §23). Stdout carries the results; exit 1 when any target fails or none is found.
 */
@Command(name = "test", description = "Runs the unit tests (tests: sections and *_benthos_test.yaml files) of configs.")
public final class TestCommand implements Callable<Integer> {
    private static final String CAMEL_LOG = "org.slf4j.simpleLogger.log.org.apache.camel";

    @Spec
    CommandSpec spec;

    @Option(names = {"-r", "--resources"}, description = "Files (globs allowed) whose *_resources sections are added to every target (repeatable).")
    List<String> resources = new ArrayList<>();

    @Option(names = {"-e", "--env-file"}, description = "A dotenv file whose values override the environment (repeatable).")
    List<Path> envFiles = new ArrayList<>();

    @Option(names = {"-t", "--templates"}, description = "Template files (globs allowed): each defines a new component (repeatable).")
    List<String> templates = new ArrayList<>();

    @Option(names = "--log", description = "Write component logs to stdout at this level (default: none).")
    String log;

    @Option(names = {"-v", "--verbose"}, description = "Print the name of each case as it runs.")
    boolean verbose;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Configs, definitions, globs, or dir/... to walk.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        ComponentRegistry registry;
        try {
            registry = Templates.registryOrFail(templates);
        } catch (ConfigException e) {
            e.errors().forEach(spec.commandLine().getErr()::println);
            return 1;
        }
        // Before anything logs: slf4j-simple reads its settings once, when the first logger is made.
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
        }
        LogLevels.apply(log == null ? "OFF" : log);
        // Component logs only: the Camel context each case starts has nothing to say at INFO.
        if (System.getProperty(CAMEL_LOG) == null) {
            System.setProperty(CAMEL_LOG, "warn");
        }
        Map<String, String> env;
        try {
            env = DotEnv.overlay(System.getenv(), envFiles);
        } catch (ConfigException e) {
            e.errors().forEach(spec.commandLine().getErr()::println);
            return 1;
        }
        TestRun.useColours(System.console() != null && System.getenv("NO_COLOR") == null);
        TestRun run = new TestRun(env, resources, verbose, registry);
        boolean ok = run.run(paths, spec.commandLine().getOut(), spec.commandLine().getErr());
        return ok ? 0 : 1;
    }
}
