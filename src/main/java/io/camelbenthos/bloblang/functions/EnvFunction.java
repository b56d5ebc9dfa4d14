package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/**
 * {@code env(name, no_cache)}: an environment variable (null when unset), read through the environment's lookup so
 * sandboxes and tests can control it. Impure: removed from sandboxed environments.
 */
public final class EnvFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("env").category("Environment").impure()
                .description("Returns the value of an environment variable, or null if the environment variable does not exist.")
                .param(ParamSpec.string("name", "The name of the environment variable to read."))
                .param(ParamSpec.bool("no_cache", "Disable caching to read the latest value on each invocation.").withDefault(false))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        String name = args.string("name");
        if (args.bool("no_cache")) {
            return ctx -> ctx.environment().env(name);
        }
        return new Cached(name);
    }

    /** Reads the variable once per call site, as Go caches it at construction. */
    private static final class Cached implements FunctionImpl {
        private final String name;
        private volatile boolean read;
        private volatile String value;

        Cached(String name) {
            this.name = name;
        }

        @Override
        public Object call(io.camelbenthos.bloblang.plugin.CallContext ctx) {
            if (!read) {
                value = ctx.environment().env(name);
                read = true;
            }
            return value;
        }
    }
}
