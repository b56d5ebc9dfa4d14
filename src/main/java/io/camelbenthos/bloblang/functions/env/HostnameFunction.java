package io.camelbenthos.bloblang.functions.env;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code hostname()}: the host name, as Go {@code os.Hostname} reads it (the kernel host name on Linux). */
public final class HostnameFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("hostname")
                .category("Environment")
                .impure()
                .description("Returns the hostname of the machine running Benthos. Useful for identifying which instance processed a message in distributed deployments.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> HostFiles.hostname();
    }
}
