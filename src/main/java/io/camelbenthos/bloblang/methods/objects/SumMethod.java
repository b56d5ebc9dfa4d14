package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;

/** {@code sum()}: the float64 sum of an array of numbers; a number target is returned as it is. */
public final class SumMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("sum")
                .category("Object & Array Manipulation")
                .description("Returns the sum of numeric values in an array")
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        return ctx -> {
            Object v = target.eval(ctx);
            Object s = Values.sanitize(v);
            if (s instanceof Long || s instanceof Double || s instanceof UInt64) {
                return v;
            }
            if (!(s instanceof List<?> arr)) {
                throw Errors.typeErrorFrom(target.annotation(), v, ValueType.ARRAY);
            }
            double total = 0;
            QueryException err = null;
            for (int i = 0; i < arr.size(); i++) {
                try {
                    total += Values.getNumber(arr.get(i));
                } catch (QueryException e) {
                    err = e.prefixed("index " + i); // Go keeps the last failure
                }
            }
            if (err != null) {
                throw err;
            }
            return total;
        };
    }
}
