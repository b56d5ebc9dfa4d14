package io.camelbenthos.bloblang.functions.ids;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code ksuid()}: a 27-character K-sortable unique id (segmentio/ksuid layout: seconds since 2014-05-13 plus 128 random bits, base62). */
public final class KsuidFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("ksuid")
                .category("General")
                .description("Generates a K-Sortable Unique Identifier with built-in timestamp ordering. Use this for distributed unique IDs that sort chronologically and remain collision-resistant without coordination between generators.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> Ksuid.next();
    }
}
