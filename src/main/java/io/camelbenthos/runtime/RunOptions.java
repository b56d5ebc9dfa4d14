package io.camelbenthos.runtime;

import java.nio.file.Path;
import java.util.List;

/**
 * What to run: config files side by side in one Camel context, env files and {@code --set} overrides applied to
 * each, optional file watching and an optional log level overriding the configs'.
 *
 * @param logLevel a Benthos level ({@code INFO}, {@code DEBUG}, ...) or null to use the first config's
 * @param chilled  run despite lint-only problems (Benthos's {@code --chilled}): they are logged as warnings
 * @param templates {@code -t} template files (globs)
 * @param resources {@code -r} resource files (globs) whose resources are added to every config
 */
public record RunOptions(List<Path> files, List<Path> envFiles, List<String> overrides, boolean watch, String logLevel,
                         boolean chilled, List<String> templates, List<String> resources) {
    public RunOptions {
        files = List.copyOf(files);
        envFiles = List.copyOf(envFiles);
        overrides = List.copyOf(overrides);
        templates = List.copyOf(templates);
        resources = List.copyOf(resources);
    }

    public RunOptions(List<Path> files, List<Path> envFiles, List<String> overrides, boolean watch, String logLevel,
                      boolean chilled) {
        this(files, envFiles, overrides, watch, logLevel, chilled, List.of(), List.of());
    }

    public RunOptions(List<Path> files, List<Path> envFiles, List<String> overrides, boolean watch, String logLevel) {
        this(files, envFiles, overrides, watch, logLevel, false);
    }

    public static RunOptions of(Path... files) {
        return new RunOptions(List.of(files), List.of(), List.of(), false, null);
    }
}
