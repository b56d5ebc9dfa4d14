package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.MsgPack;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;

/** {@code parse_msgpack()}: MessagePack bytes decoded like {@code vmihailenco/msgpack/v5}. */
public final class ParseMsgpackMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_msgpack")
                .category("Parsing")
                .description("Parses MessagePack binary data into a structured object. MessagePack is an efficient binary serialization format that is more compact than JSON while maintaining similar data structures. Commonly used for high-performance APIs and data interchange between microservices.")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            byte[] data;
            if (target instanceof byte[] b) {
                data = b;
            } else if (target instanceof String s) {
                data = GoUtf8.encode(s);
            } else {
                throw Errors.typeError(target, ValueType.BYTES);
            }
            try {
                return MsgPack.decode(data);
            } catch (FormatException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}
