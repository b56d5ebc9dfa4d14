package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code unique(emit)}: the array without later duplicates, comparing strings as strings and numbers by
 * value (optionally of a value emitted per element). */
public final class UniqueMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("unique")
                .category("Object & Array Manipulation")
                .description("Returns an array with duplicate elements removed")
                .param(ParamSpec.query("emit", "An optional query that can be used in order to yield a value for each element to determine uniqueness.", false).optional())
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Query emit = args.query("emit");
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            Set<String> strings = new HashSet<>();
            Set<Double> numbers = new HashSet<>();
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                Object v = arr.get(i);
                Object check = v;
                if (emit != null) {
                    try {
                        check = emit.evalWith(ctx, v);
                    } catch (QueryException e) {
                        throw e.prefixed("index " + i);
                    }
                }
                Object s = Values.sanitize(check);
                boolean unique;
                if (s instanceof String str) {
                    unique = strings.add(str);
                } else if (s instanceof byte[] b) {
                    unique = strings.add(GoUtf8.string(b));
                } else if (s instanceof Long || s instanceof Double || s instanceof UInt64) {
                    // Go keys a float64 map: +0 and -0 are one key, and a NaN never equals another NaN.
                    double d = Values.getNumber(s);
                    unique = Double.isNaN(d) || numbers.add(d == 0 ? 0.0 : d);
                } else {
                    throw Errors.typeError(check, ValueType.STRING, ValueType.NUMBER).prefixed("index " + i);
                }
                if (unique) {
                    out.add(v);
                }
            }
            return out;
        };
    }
}
