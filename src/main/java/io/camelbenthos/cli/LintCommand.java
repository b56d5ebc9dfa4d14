package io.camelbenthos.cli;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.template.Templates;
import io.camelbenthos.runtime.StreamsLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lint [-t templates] [-r resources] file…}: every problem of every file on stderr as
 * {@code path:line:col: message}; exit 1 if any. Template files are linted too, and their own tests run (what
 * Benthos's {@code template lint} does).
 */
@Command(name = "lint", description = "Checks config files and prints every problem found.")
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Mixin
    DependencyOptions dependencies;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Config files to check.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        try (DependencyOptions.Installed deps = dependencies.install()) {
            return lint();
        } catch (org.apache.camel.tooling.maven.MavenResolutionException e) {
            spec.commandLine().getErr().println("failed to resolve dependencies: " + e.getMessage());
            return 1;
        }
    }

    private int lint() {
        List<String> problems = new ArrayList<>();
        Templates templates = Templates.load(options.templates);
        problems.addAll(templates.lintWithTests(ComponentRegistry.defaultRegistry()));
        ComponentRegistry registry = templates.registry(ComponentRegistry.defaultRegistry());
        StreamsLoader loader = new StreamsLoader(options.run(files, false, null, false), registry);
        for (Path file : files) {
            try {
                // Translating too catches what only a component can judge (e.g. a broker without outputs).
                loader.load(List.of(file));
            } catch (ConfigException e) {
                problems.addAll(e.errors());
            }
        }
        problems.forEach(p -> spec.commandLine().getErr().println(p));
        return problems.isEmpty() ? 0 : 1;
    }
}
