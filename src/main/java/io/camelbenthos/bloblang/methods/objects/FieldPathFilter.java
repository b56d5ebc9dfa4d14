package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** What {@code with} and {@code without} share: dot-path arguments applied to an object target. */
final class FieldPathFilter {
    private FieldPathFilter() {
    }

    /** Parses every argument as a dot path, then applies {@code filter} to each object target with those paths. */
    static MethodImpl filter(Args args, BiFunction<Map<String, Object>, List<List<String>>, Object> filter) {
        List<List<String>> paths = new ArrayList<>();
        List<Object> all = args.all();
        for (int i = 0; i < all.size(); i++) {
            try {
                paths.add(Gabs.dotPath(Values.getString(all.get(i))));
            } catch (QueryException e) {
                throw e.prefixed("argument " + i);
            }
        }
        return (target, ctx) -> {
            if (!(target instanceof Map<?, ?> obj)) {
                throw Errors.typeError(target, ValueType.OBJECT);
            }
            return filter.apply(Values.asObject(obj), paths);
        };
    }
}
