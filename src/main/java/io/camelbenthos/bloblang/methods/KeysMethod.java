package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code keys()}: the keys of an object, sorted by byte order. */
public final class KeysMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("keys").category("Object & Array Manipulation").pure()
                .description("Returns the keys of an object as an array.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (v, ctx) -> {
            if (v instanceof Map<?, ?> m) {
                List<Object> keys = new ArrayList<>(Values.asObject(m).keySet());
                keys.sort((a, b) -> Values.compareUtf8((String) a, (String) b));
                return keys;
            }
            throw Errors.typeError(v, ValueType.OBJECT);
        };
    }
}
