package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FreshResult;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.ValueType;

/**
 * {@code parse_json(use_number)}: Go {@code json.Unmarshal}; numbers become float64 unless {@code use_number} keeps
 * their text.
 */
public final class ParseJsonMethod implements MethodPlugin, FreshResult {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_json").category("Parsing").pure()
                .description("Attempts to parse a string as a JSON document and returns the result.")
                .param(ParamSpec.bool("use_number", "An optional flag that when set makes parsing numbers as json.Number instead of the default float64.").optional())
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Boolean useNumber = args.optionalBool("use_number");
        boolean keepText = useNumber != null && useNumber;
        return (v, ctx) -> {
            try {
                if (v instanceof String s) {
                    // decoded from the string itself unless json.Number streaming is wanted: no UTF-8 round trip
                    return keepText ? GoJsonDecoder.decodeFirst(GoUtf8.encode(s))
                            : GoJsonDecoder.unmarshal(s, false);
                }
                if (v instanceof byte[] b) {
                    return keepText ? GoJsonDecoder.decodeFirst(b) : GoJsonDecoder.unmarshal(b, false);
                }
            } catch (QueryException e) {
                throw Errors.failure("failed to parse value as JSON: " + e.getMessage());
            }
            throw Errors.typeError(v, ValueType.STRING);
        };
    }
}
