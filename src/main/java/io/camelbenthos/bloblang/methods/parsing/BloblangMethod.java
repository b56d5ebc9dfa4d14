package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginKind;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import io.camelbenthos.message.Message;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code bloblang(mapping)}: runs a mapping given as a string on the target, in a sandbox (no impure functions, no
 * message access, no imports) with the target as {@code this}, and returns the new root. The mapping is parsed on
 * first use in the caller's environment.
 */
public final class BloblangMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("bloblang")
                .category("Parsing")
                .status(Status.BETA)
                .description("Executes an argument Bloblang mapping on the target. This method can be used in order to execute dynamic mappings. Imports and functions that interact with the environment, such as `file` and `env`, or that access message information directly, such as `content` or `json`, are not enabled for dynamic Bloblang mappings.")
                .param(ParamSpec.string("mapping", "The mapping to execute."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String mapping = args.string("mapping");
        AtomicReference<Mapping> parsed = new AtomicReference<>();
        return (target, ctx) -> {
            Mapping m = parsed.get();
            if (m == null) {
                try {
                    m = sandbox(ctx.environment()).parse(mapping);
                } catch (BloblangException e) {
                    throw Errors.failure(e.getMessage());
                }
                parsed.compareAndSet(null, m);
            }
            // The nested mapping sees the target as a structured message; it has no content or metadata of its own.
            Message in = Message.of(new byte[0]);
            in.setStructuredCache(target);
            Optional<Message> out;
            try {
                out = m.apply(in);
            } catch (BloblangException e) {
                throw Errors.failure(e.getMessage());
            }
            if (out.isEmpty()) {
                throw Errors.failure("root was deleted");
            }
            Message result = out.get();
            return result.hasStructuredCache() ? result.structuredCache() : result.contentAsString();
        };
    }

    /** Functions that read the message: Benthos leaves them out of dynamic mappings, as it does impure ones. */
    private static final Set<String> MESSAGE_ACCESS = Set.of("content", "json", "meta", "metadata", "root_meta",
            "batch_index", "batch_size", "error", "errored", "error_source_label", "error_source_name",
            "error_source_path", "tracing_id", "tracing_span");

    private static Environment sandbox(Environment env) {
        Environment sandboxed = env.sandboxed();
        return sandboxed.withPlugins(sandboxed.plugins().filter(
                spec -> spec.kind() != PluginKind.FUNCTION || !MESSAGE_ACCESS.contains(spec.name())));
    }
}
