package io.camelbenthos.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.camelbenthos.runtime.RunOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that read configs: env files, {@code --set} overrides, templates and resources. */
public final class ConfigOptions {
    @Option(names = {"-e", "--env-file"}, description = "A dotenv file whose values override the environment (repeatable).")
    List<Path> envFiles = new ArrayList<>();

    @Option(names = {"-s", "--set"}, description = "Override a config field: path=value, dotted path (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = {"-t", "--templates"}, description = "Template files (globs allowed): each defines a new component (repeatable).")
    List<String> templates = new ArrayList<>();

    @Option(names = {"-r", "--resources"}, description = "Files (globs allowed) whose *_resources sections are added to the config (repeatable).")
    List<String> resources = new ArrayList<>();

    /** The run options of these config options. */
    RunOptions run(List<Path> files, boolean watch, String logLevel, boolean chilled) {
        return new RunOptions(files, envFiles, overrides, watch, logLevel, chilled, templates, resources);
    }
}
