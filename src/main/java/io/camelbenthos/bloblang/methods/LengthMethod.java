package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;
import java.util.Map;

/** {@code length()}: UTF-8 byte length of a string or bytes, size of an array or object. */
public final class LengthMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("length").category("String Manipulation").category("Object & Array Manipulation").pure()
                .description("Returns the length of a string, array or object.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (v, ctx) -> {
            if (v instanceof String s) {
                return (long) Values.utf8Length(s);
            }
            if (v instanceof byte[] b) {
                return (long) b.length;
            }
            if (v instanceof List<?> l) {
                return (long) l.size();
            }
            if (v instanceof Map<?, ?> m) {
                return (long) m.size();
            }
            throw Errors.typeError(v, ValueType.STRING, ValueType.ARRAY, ValueType.OBJECT);
        };
    }
}
