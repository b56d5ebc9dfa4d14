package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.MsgPack;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code format_msgpack()}: the target as MessagePack bytes, written like {@code vmihailenco/msgpack/v5}. */
public final class FormatMsgpackMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("format_msgpack")
                .category("Parsing")
                .description("Serializes structured data into MessagePack binary format. MessagePack is a compact binary serialization that is faster and more space-efficient than JSON, making it ideal for network transmission and storage of structured data. Returns a byte array that can be further encoded as needed.")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            try {
                return MsgPack.encode(target);
            } catch (FormatException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}
