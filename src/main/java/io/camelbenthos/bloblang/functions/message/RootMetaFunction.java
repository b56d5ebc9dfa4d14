package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import io.camelbenthos.bloblang.value.Values;
import java.util.Map;
import java.util.TreeMap;

/** {@code root_meta(key)} (deprecated): metadata of the message being built, as strings; null when absent or empty. */
public final class RootMetaFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("root_meta")
                .category("Deprecated")
                .status(Status.DEPRECATED)
                .description("Returns the value of a metadata key from the new message being created as a string, or `null` if the key does not exist. Changes made to metadata during a mapping will be reflected by this function.")
                .param(ParamSpec.string("key", "An optional key of a metadata value to obtain.").withDefault(""))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        String key = args.string("key");
        return ctx -> {
            Map<String, Object> meta = ctx.metadata();
            if (meta == null) {
                throw Errors.failure("root metadata cannot be queried in this context");
            }
            if (key.isEmpty()) {
                Map<String, Object> all = new TreeMap<>();
                meta.forEach((k, v) -> all.put(k, Values.toGoString(v)));
                return all;
            }
            Object v = meta.get(key);
            String s = v == null ? "" : Values.toGoString(v);
            return s.isEmpty() ? null : s;
        };
    }
}
