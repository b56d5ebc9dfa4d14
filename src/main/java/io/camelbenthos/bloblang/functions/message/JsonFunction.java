package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.message.Message;
import java.util.List;

/** {@code json(path)}: a field of the message's JSON document by dot path, whatever the mapping context, with numbers sanitised. */
public final class JsonFunction implements FunctionPlugin {
    /**
     * The message's whole JSON document, whatever {@code this} is bound to at the call site (Go
     * {@code AsStructured}): the structured form a previous step left on the message, else its content decoded.
     */
    private static Object document(Message message) {
        if (message == null) {
            throw Errors.failure("message is empty");
        }
        if (message.hasStructuredCache()) {
            return message.structuredCache();
        }
        return GoJsonDecoder.decodeFirst(message.content());
    }

    @Override
    public PluginSpec spec() {
        return PluginSpec.function("json")
                .category("Message Info")
                .description("Returns a field from the original JSON message by dot path, always accessing the root document regardless of mapping context. Use this to reference the source message when working in nested contexts or to extract specific fields.")
                .param(ParamSpec.string("path", "An optional [dot path][field_paths] identifying a field to obtain.").withDefault(""))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        List<String> path = DotPaths.split(args.string("path"));
        return ctx -> Values.sanitize(DotPaths.search(document(ctx.message()), path));
    }
}
