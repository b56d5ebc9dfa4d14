package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/** What {@code assign} and {@code merge} share; they differ only in how a key collision is resolved. */
final class ObjectMerge {
    private ObjectMerge() {
    }

    /** Arrays are concatenated; objects are merged into a fresh map, {@code onCollision(dest, src)} on clashes. */
    static FunctionImpl merging(Query target, Args args, BinaryOperator<Object> onCollision) {
        Object with = args.get("with");
        return ctx -> {
            Object into = target.eval(ctx);
            Object from = Values.deepCopy(with);
            if (into instanceof List<?> l) {
                List<Object> out = new ArrayList<>(l);
                if (from instanceof List<?> r) {
                    out.addAll(r);
                } else {
                    out.add(from);
                }
                return out;
            }
            if (!(into instanceof Map<?, ?>)) {
                throw Errors.typeErrorFrom(target.annotation(), into, ValueType.OBJECT, ValueType.ARRAY);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            Gabs.merge(root, Values.deepCopy(into), onCollision);
            Gabs.merge(root, from, onCollision);
            return root;
        };
    }
}
