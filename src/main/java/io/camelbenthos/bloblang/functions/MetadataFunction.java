package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.message.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code metadata(key)}: a metadata value of the input message with its type (null when absent), or all of them as
 * an object. Changes made by the mapping ({@code meta x = ...}) are not visible here; use {@code @x} for those.
 */
public final class MetadataFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("metadata").category("Message Info")
                .description("Returns the value of a metadata key from the input message, or null if the key does not exist.")
                .param(ParamSpec.string("key", "An optional key of a metadata value to obtain.").withDefault(""))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        String key = args.string("key");
        return ctx -> {
            Message m = ctx.message();
            if (key.isEmpty()) {
                Map<String, Object> all = new LinkedHashMap<>();
                if (m != null) {
                    m.metadata().forEach((k, v) -> all.put(k, Values.deepCopy(v)));
                }
                return all;
            }
            return m == null ? null : m.metadata().get(key);
        };
    }
}
