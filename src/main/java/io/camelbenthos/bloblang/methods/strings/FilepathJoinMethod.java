package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.List;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code filepath_join()}: Go {@code filepath.Join} of an array of strings (Unix separator). */
public final class FilepathJoinMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("filepath_join").category("String Manipulation").pure()
                .description("Joins filepath components into a single path").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            List<String> parts = new ArrayList<>(arr.size());
            for (int i = 0; i < arr.size(); i++) {
                try {
                    parts.add(Values.getString(arr.get(i)));
                } catch (QueryException e) {
                    throw Errors.failure("path element " + i + ": " + e.getMessage());
                }
            }
            return GoPaths.join(parts);
        };
    }
}
