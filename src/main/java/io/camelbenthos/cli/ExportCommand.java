package io.camelbenthos.cli;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.export.CamelYamlExport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export file.yaml}: prints the Camel routes a Benthos config translates to, as Camel YAML DSL (beans and
 * routes), to read, diff, or run under plain Camel with the camel-benthos jar on the classpath.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print the Camel routes a Benthos config translates to, as Camel YAML DSL.")
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONFIG", description = "The Benthos config file.")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String text;
        try {
            text = Files.readString(config, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("failed to read " + config + ": " + e.getMessage());
            return 1;
        }
        try {
            spec.commandLine().getOut().print(CamelYamlExport.export(config.toString(), text));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ConfigException e) {
            e.errors().forEach(spec.commandLine().getErr()::println);
            return 1;
        }
    }
}
