package io.camelbenthos.bloblang.functions.env;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.nio.file.Path;

/** {@code file(path, no_cache)}: a file's contents as bytes, resolved from the working directory and cached after the first read unless {@code no_cache}. */
public final class FileFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("file")
                .category("Environment")
                .impure()
                .pure()
                .description("Reads a file and returns its contents as bytes. Paths are resolved from the process working directory. For paths relative to the mapping file, use `file_rel`. By default, files are cached after first read.")
                .param(ParamSpec.string("path", "The absolute or relative path to the file."))
                .param(ParamSpec.bool("no_cache", "Disable caching to read the latest file contents on each invocation.").withDefault(false))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        Path path = Path.of(args.string("path"));
        HostFiles.Reader reader = new HostFiles.Reader(args.bool("no_cache"));
        return ctx -> reader.read(path, args.string("path"));
    }
}
