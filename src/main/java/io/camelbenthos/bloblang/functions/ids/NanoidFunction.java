package io.camelbenthos.bloblang.functions.ids;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code nanoid(length, alphabet)}: a random URL-safe id (go-nanoid: 21 characters of {@code A-Za-z0-9_-} by default). */
public final class NanoidFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("nanoid")
                .category("General")
                .description("Generates a URL-safe unique identifier using Nano ID. Use this for compact, URL-friendly IDs with good collision resistance. Customize the length (default 21) or provide a custom alphabet for specific character requirements.")
                .param(ParamSpec.int64("length", "An optional length.").optional())
                .param(ParamSpec.string("alphabet", "An optional custom alphabet to use for generating IDs. When specified the field `length` must also be present.").optional())
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        Long length = args.optionalInt64("length");
        String alphabet = args.optionalString("alphabet");
        if (alphabet != null && length == null) {
            throw Errors.failure("field length must be specified when an alphabet is specified");
        }
        return ctx -> {
            if (alphabet != null) {
                return RandomIds.nanoid(alphabet, length);
            }
            if (length != null && length < 0) {
                throw Errors.failure("negative id length");
            }
            return RandomIds.nanoid(RandomIds.NANOID_ALPHABET, length == null ? 21 : length);
        };
    }
}
