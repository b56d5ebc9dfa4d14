package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code assign(with)}: objects merged deeply, the argument's values winning
 * on collisions; arrays concatenated. */
public final class AssignMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("assign")
                .category("Object & Array Manipulation")
                .description("Merges two objects or arrays with override behavior. For objects, source values replace destination values on key conflicts. Arrays are concatenated. To preserve both values on conflict, use the merge method instead.")
                .param(ParamSpec.any("with", "A value to merge the target value with."))
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
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
            Gabs.merge(root, Values.deepCopy(into), (dest, src) -> src);
            Gabs.merge(root, from, (dest, src) -> src);
            return root;
        };
    }
}
