package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoFmt;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.List;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code replace_all_many(values)}: pairs of {@code old, new} applied in order with Go {@code strings.ReplaceAll}. */
public final class ReplaceAllManyMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("replace_all_many").category("String Manipulation").pure()
                .description("Performs multiple find-and-replace operations in sequence")
                .param(ParamSpec.array("values",
                        "An array of values, each even value will be replaced with the following odd value."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return bindPairs(args);
    }

    /** Shared with the {@code replace_many} alias. */
    static MethodImpl bindPairs(Args args) {
        List<Object> items = args.array("values");
        if (items.size() % 2 != 0) {
            throw Errors.failure("invalid arg, replacements should be in pairs and must therefore be even: "
                    + GoFmt.sprint(items));
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 2) {
            pairs.add(new String[] {element(items, i), element(items, i + 1)});
        }
        return (target, ctx) -> {
            if (target instanceof byte[] b) {
                for (String[] p : pairs) {
                    b = GoText.replaceAll(b, GoUtf8.encode(p[0]), GoUtf8.encode(p[1]));
                }
                return b;
            }
            String s = StringTarget.text(target);
            for (String[] p : pairs) {
                s = GoText.replaceAll(s, p[0], p[1]);
            }
            return s;
        };
    }

    private static String element(List<Object> items, int i) {
        try {
            return Values.getString(items.get(i));
        } catch (QueryException e) {
            throw Errors.failure("invalid replacement value at index " + i + ": " + e.getMessage());
        }
    }
}
