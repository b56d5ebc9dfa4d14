package io.camelbenthos.cli;

import io.camelbenthos.components.ComponentRegistry;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code create [-s] [inputs/processors/outputs]}: prints a new config holding the named components with their
 * defaults, as Benthos's {@code create} does ({@code create stdin/mapping,log/http_client}); no expression gives the
 * default config (stdin to stdout).
 */
@Command(name = "create", description = "Prints a new config containing the components of an expression inputs/processors/outputs.")
public final class CreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--small"}, description = "Print only the main components of a config (input, pipeline, output) and omit all fields marked as advanced.")
    boolean small;

    @Parameters(arity = "0..1", paramLabel = "EXPRESSION", description = "Comma-separated inputs, processors and outputs, divided by slashes.")
    String expression;

    @Override
    public Integer call() {
        Map<String, Object> config;
        try {
            config = new ConfigSkeleton(ComponentRegistry.defaultRegistry(), small).build(expression);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Generate error: " + e.getMessage());
            return 1;
        }
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setIndicatorIndent(2).setIndentWithIndicator(true).build();
        spec.commandLine().getOut().println(new Dump(settings).dumpToString(config));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
