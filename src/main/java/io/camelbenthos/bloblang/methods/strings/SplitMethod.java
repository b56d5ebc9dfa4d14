package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import java.util.ArrayList;
import java.util.List;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/**
 * {@code split(delimiter, empty_as_null)}: Go {@code strings.Split} (an empty delimiter splits into runes, trailing
 * empty pieces are kept); a bytes target yields bytes elements.
 */
public final class SplitMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("split").category("String Manipulation").pure()
                .description("Splits a string into an array of substrings")
                .param(ParamSpec.string("delimiter", "The delimiter to split with."))
                .param(ParamSpec.bool("empty_as_null", "To treat empty substrings as null values").withDefault(false))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String delim = args.string("delimiter");
        byte[] delimBytes = GoUtf8.encode(delim);
        boolean emptyAsNull = Boolean.TRUE.equals(args.optionalBool("empty_as_null"));
        return (target, ctx) -> {
            List<Object> out = new ArrayList<>();
            if (target instanceof byte[] b) {
                for (byte[] piece : GoText.split(b, delimBytes)) {
                    out.add(emptyAsNull && piece.length == 0 ? null : piece);
                }
                return out;
            }
            for (String piece : GoText.split(StringTarget.text(target), delim)) {
                out.add(emptyAsNull && piece.isEmpty() ? null : piece);
            }
            return out;
        };
    }
}
