package io.camelbenthos.bloblang.functions.env;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.nio.file.Path;

/** {@code file_rel(path, no_cache)}: like {@code file}, but relative paths resolve against the mapping file's directory (the environmentss import directory). */
public final class FileRelFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("file_rel")
                .category("Environment")
                .impure()
                .pure()
                .description("Reads a file and returns its contents as bytes. Paths are resolved relative to the mapping file's directory, making it portable across different environments. By default, files are cached after first read.")
                .param(ParamSpec.string("path", "The path to the file, relative to the mapping file's directory."))
                .param(ParamSpec.bool("no_cache", "Disable caching to read the latest file contents on each invocation.").withDefault(false))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        String path = args.string("path");
        HostFiles.Reader reader = new HostFiles.Reader(args.bool("no_cache"));
        return ctx -> {
            Path base = ctx.environment().importDirectory();
            Path resolved = base == null ? Path.of(path) : base.resolve(path);
            return reader.read(resolved, resolved.toString());
        };
    }
}
