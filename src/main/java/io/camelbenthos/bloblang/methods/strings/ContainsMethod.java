package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;
import java.util.Map;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/**
 * {@code contains(value)}: substring test for strings and bytes (the argument stringified as {@code .string()}
 * does), element test for arrays and object values with Bloblang equality (numbers compare as float64).
 */
public final class ContainsMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("contains").category("Object & Array Manipulation").category("String Manipulation")
                .pure().description("Tests if an array or object contains a value")
                .param(ParamSpec.any("value", "A value to test against elements of the target.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Object needle = args.get("value");
        return (target, ctx) -> {
            if (target instanceof String s) {
                return s.contains(Values.toGoString(needle));
            }
            if (target instanceof byte[] b) {
                return GoText.indexOf(b, Values.toBytes(needle), 0) >= 0;
            }
            if (target instanceof List<?> l) {
                for (Object e : l) {
                    if (Values.equal(needle, e)) {
                        return true;
                    }
                }
                return false;
            }
            if (target instanceof Map<?, ?> m) {
                for (Object e : m.values()) {
                    if (Values.equal(needle, e)) {
                        return true;
                    }
                }
                return false;
            }
            throw Errors.typeError(target, ValueType.STRING, ValueType.ARRAY, ValueType.OBJECT);
        };
    }

}
