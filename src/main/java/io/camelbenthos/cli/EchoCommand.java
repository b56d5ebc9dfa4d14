package io.camelbenthos.cli;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.runtime.RunOptions;
import io.camelbenthos.runtime.StreamsLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code echo file}: the normalised config (env resolved, defaults filled in) as YAML on stdout. */
@Command(name = "echo", description = "Prints a config with env vars resolved and defaults filled in.")
public final class EchoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The config file.")
    Path file;

    @Override
    public Integer call() {
        try {
            StreamsLoader loader = new StreamsLoader(options.run(java.util.List.of(file), false, null, false));
            ConfigLoader configs = loader.configLoader();
            Object plain = configs.parse(file.toString(), ConfigLoader.read(file)).toPlain();
            DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                    .setIndicatorIndent(2).setIndentWithIndicator(true).build();
            spec.commandLine().getOut().print(new Dump(settings).dumpToString(plain));
            return 0;
        } catch (ConfigException e) {
            e.errors().forEach(p -> spec.commandLine().getErr().println(p));
            return 1;
        }
    }
}
