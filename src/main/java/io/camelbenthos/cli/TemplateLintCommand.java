package io.camelbenthos.cli;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.PathGlobs;
import io.camelbenthos.template.Templates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code template lint [--verbose] paths…}: Benthos's template lint. Each template file is linted and its own tests
 * run; every problem on stderr as {@code file:line:col: message}, exit 1 if any. A path ending in {@code ...} walks
 * its directory for {@code .yaml}/{@code .yml} files, others are globs.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, description = "Parse templates and report any linting errors.")
public final class TemplateLintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", description = "Print the lint result for each target file.")
    boolean verbose;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Template files, globs, or dir/... to walk.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        boolean failed = false;
        for (Path file : targets()) {
            List<String> problems = Templates.load(List.of(file.toString())).lintWithTests(ComponentRegistry.defaultRegistry());
            problems.forEach(spec.commandLine().getErr()::println);
            if (verbose) {
                spec.commandLine().getOut().println(file + ": " + (problems.isEmpty() ? "OK" : "FAILED"));
            }
            failed |= !problems.isEmpty();
        }
        return failed ? 1 : 0;
    }

    private List<Path> targets() {
        List<Path> out = new ArrayList<>();
        for (String arg : paths) {
            if (arg.endsWith("...")) {
                String root = arg.substring(0, arg.length() - 3);
                out.addAll(PathGlobs.yamlFiles(Path.of(root.isEmpty() ? "." : root)));
            } else if (PathGlobs.isGlob(arg)) {
                out.addAll(PathGlobs.glob(arg));
            } else {
                out.add(Path.of(arg));
            }
        }
        return out;
    }
}
