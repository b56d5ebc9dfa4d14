package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code sort(compare)}: a sorted copy of the array: numbers or strings ascending, or by a {@code left}/{@code
 * right} comparison query that says whether left sorts first. */
public final class SortMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("sort")
                .category("Object & Array Manipulation")
                .description("Sorts array elements in ascending order")
                .param(ParamSpec.query("compare", "An optional query that should explicitly compare elements `left` and `right` and provide a boolean result.", false).optional())
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        Query compare = args.query("compare");
        return ctx -> {
            Object v = target.eval(ctx);
            if (!(v instanceof List<?> arr)) {
                throw Errors.typeErrorFrom(target.annotation(), v, ValueType.ARRAY);
            }
            List<Object> values = new ArrayList<>(arr);
            if (compare == null) {
                return StableSort.sort(values, SortMethod::naturalLess);
            }
            return StableSort.sort(values, (vals, i, j) -> {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("left", vals.get(i));
                pair.put("right", vals.get(j));
                Object r = compare.evalWith(ctx, pair);
                if (!(r instanceof Boolean b)) {
                    throw Errors.typeErrorFrom("sort argument", r, ValueType.BOOL);
                }
                return b;
            });
        };
    }

    /** Benthos: the left element's type decides; numbers compare as float64, strings byte-wise. */
    static boolean naturalLess(List<Object> values, int i, int j) {
        Object l = values.get(i);
        Object r = values.get(j);
        if (l instanceof Double || l instanceof Long || l instanceof UInt64 || l instanceof JsonNumber) {
            double a;
            double b;
            try {
                a = Values.getNumber(l);
            } catch (QueryException e) {
                throw e.prefixed("sort element " + i);
            }
            try {
                b = Values.getNumber(r);
            } catch (QueryException e) {
                throw e.prefixed("sort element " + j);
            }
            return a < b;
        }
        if (l instanceof String || l instanceof byte[]) {
            String a;
            String b;
            try {
                a = Values.getString(l);
            } catch (QueryException e) {
                throw e.prefixed("sort element " + i);
            }
            try {
                b = Values.getString(r);
            } catch (QueryException e) {
                throw e.prefixed("sort element " + j);
            }
            return Values.compareUtf8(a, b) < 0;
        }
        throw Errors.typeError(l, ValueType.NUMBER, ValueType.STRING).prefixed("sort element " + i);
    }
}
