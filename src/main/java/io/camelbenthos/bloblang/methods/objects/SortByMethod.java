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
import java.util.List;

/** {@code sort_by(query)}: a copy of the array sorted by a number or string the query extracts from each
 * element. */
public final class SortByMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("sort_by")
                .category("Object & Array Manipulation")
                .description("Sorts array elements by a specified field or expression")
                .param(ParamSpec.query("query", "A query to apply to each element that yields a value used for sorting.", false))
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        Query query = args.query("query");
        return ctx -> {
            Object v = target.eval(ctx);
            if (!(v instanceof List<?> arr)) {
                throw Errors.typeErrorFrom(target.annotation(), v, ValueType.ARRAY);
            }
            return StableSort.sort(new ArrayList<>(arr), (vals, i, j) -> {
                Object l = query.evalWith(ctx, vals.get(i));
                Object r = query.evalWith(ctx, vals.get(j));
                if (l instanceof Double || l instanceof Long || l instanceof UInt64 || l instanceof JsonNumber) {
                    return number(query, l, i) < number(query, r, j);
                }
                if (l instanceof String || l instanceof byte[]) {
                    return Values.compareUtf8(string(query, l, i), string(query, r, j)) < 0;
                }
                throw Errors.typeErrorFrom(query.annotation(), l, ValueType.NUMBER, ValueType.STRING)
                        .prefixed("sort_by element " + i);
            });
        };
    }

    private static double number(Query query, Object v, int index) {
        try {
            return Values.getNumber(v);
        } catch (QueryException e) {
            throw e.from(query.annotation()).prefixed("sort_by element " + index);
        }
    }

    private static String string(Query query, Object v, int index) {
        try {
            return Values.getString(v);
        } catch (QueryException e) {
            throw e.from(query.annotation()).prefixed("sort_by element " + index);
        }
    }
}
