package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.List;

/** {@code all(test)}: whether every element of an array satisfies the test; false for an empty array. */
public final class AllMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("all")
                .category("Object & Array Manipulation")
                .description("Tests whether all elements in an array satisfy a condition. Returns true only if the query evaluates to true for every element. Returns false for empty arrays.")
                .param(ParamSpec.query("test", "A test query to apply to each element.", false))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Query test = args.query("test");
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            if (arr.isEmpty()) {
                return false;
            }
            for (int i = 0; i < arr.size(); i++) {
                Object r;
                try {
                    r = test.eval(ctx.withThis(arr.get(i)));
                } catch (QueryException e) {
                    throw e.prefixed("element " + i);
                }
                if (!(r instanceof Boolean b)) {
                    throw Errors.typeError(r, ValueType.BOOL).prefixed("element " + i);
                }
                if (b == false) {
                    return false;
                }
            }
            return true;
        };
    }
}
