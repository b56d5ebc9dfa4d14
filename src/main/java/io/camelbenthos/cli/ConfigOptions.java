package io.camelbenthos.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that read configs: env files and {@code --set} overrides. */
public final class ConfigOptions {
    @Option(names = {"-e", "--env-file"}, description = "A dotenv file whose values override the environment (repeatable).")
    List<Path> envFiles = new ArrayList<>();

    @Option(names = {"-s", "--set"}, description = "Override a config field: path=value, dotted path (repeatable).")
    List<String> overrides = new ArrayList<>();
}
