package io.camelbenthos.bloblang.functions.ids;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.util.UUID;

/** {@code uuid_v4()}: a random RFC 4122 version 4 UUID string. */
public final class UuidV4Function implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("uuid_v4")
                .category("General")
                .description("Generates a random RFC-4122 version 4 UUID. Use this for creating unique identifiers that don't reveal timing information or require ordering. Each invocation produces a new globally unique ID.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> UUID.randomUUID().toString();
    }
}
