package io.camelbenthos.cli;

import io.camelbenthos.schema.ConfigSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code schema}: prints a JSON Schema of the config format, generated from the registered components, for editors
 * (VS Code YAML: {@code "yaml.schemas": {"./benthos.schema.json": ["routes/*.yaml"]}} or a
 * {@code # yaml-language-server: $schema=benthos.schema.json} comment at the top of a config).
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print a JSON Schema of the config format, for editor completion and validation.")
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(ConfigSchema.generateAsString());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
