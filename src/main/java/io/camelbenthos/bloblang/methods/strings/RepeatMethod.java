package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code repeat(count)}: Go {@code strings.Repeat}; a negative count is an error rather than Go's panic. */
public final class RepeatMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("repeat").category("String Manipulation").pure()
                .description("Creates a string by repeating the input a specified number of times")
                .param(ParamSpec.int64("count", "The number of times to repeat the string.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        long count = args.int64("count");
        return (target, ctx) -> {
            String s = StringTarget.text(target);
            if (count < 0) {
                throw Errors.failure("invalid count, must be greater than or equal to zero: " + count);
            }
            if (count > 0 && (long) s.length() * count > Integer.MAX_VALUE - 8) {
                throw Errors.failure("repeat count " + count + " produces a string that is too long");
            }
            return s.repeat((int) count);
        };
    }
}
