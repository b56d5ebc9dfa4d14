package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.Map;

/** {@code values()}: the values of an object (Go map order is unspecified; this keeps insertion order). */
public final class ValuesMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("values").category("Object & Array Manipulation").pure()
                .description("Returns the values of an object as an array.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (v, ctx) -> {
            if (v instanceof Map<?, ?> m) {
                return new ArrayList<Object>(m.values());
            }
            throw Errors.typeError(v, ValueType.OBJECT);
        };
    }
}
