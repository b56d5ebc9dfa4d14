package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code fold(initial, query)}: reduces an array; the query sees {@code {"tally": t, "value": v}} and returns
 * the next tally. */
public final class FoldMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("fold")
                .category("Object & Array Manipulation")
                .description("Reduces an array to a single value by iteratively applying a function. Also known as reduce or aggregate. The query receives an accumulator (tally) and current element (value) for each iteration.")
                .param(ParamSpec.any("initial", "The initial value to start the fold with. For example, an empty object `{}`, a zero count `0`, or an empty string `\"\"`."))
                .param(ParamSpec.query("query", "A query to apply for each element. The query is provided an object with two fields; `tally` containing the current tally, and `value` containing the value of the current element. The query should result in a new tally to be passed to the next element query.", false))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Object initial = args.get("initial");
        Query query = args.query("query");
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            Object tally = Values.deepCopy(initial);
            for (Object v : arr) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("tally", tally);
                step.put("value", v);
                tally = query.evalWith(ctx, step);
            }
            return tally;
        };
    }
}
