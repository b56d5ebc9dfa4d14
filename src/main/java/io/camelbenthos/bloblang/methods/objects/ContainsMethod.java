package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;
import java.util.Map;

/** {@code contains(value)}: substring test on strings and bytes, element test (Go {@code ICompare}, numbers
 * by value) on arrays and object values. */
public final class ContainsMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("contains")
                .category("Object & Array Manipulation")
                .category("String Manipulation")
                .description("Tests if an array or object contains a value")
                .param(ParamSpec.any("value", "A value to test against elements of the target."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Object value = args.get("value");
        String sub = Values.toGoString(value);
        byte[] bsub = Values.toBytes(value);
        return (target, ctx) -> {
            if (target instanceof String s) {
                return s.contains(sub);
            }
            if (target instanceof byte[] b) {
                return Bytes.indexOf(b, bsub) >= 0;
            }
            if (target instanceof List<?> l) {
                return l.stream().anyMatch(e -> Values.equal(value, e));
            }
            if (target instanceof Map<?, ?> m) {
                return m.values().stream().anyMatch(e -> Values.equal(value, e));
            }
            throw Errors.typeError(target, ValueType.STRING, ValueType.ARRAY, ValueType.OBJECT);
        };
    }
}
