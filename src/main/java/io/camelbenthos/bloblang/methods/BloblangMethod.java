package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.exec.CompiledMapping;
import io.camelbenthos.bloblang.parser.Parser;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bloblang(mapping)}: runs a mapping given as data on the target, in a sandbox without impure functions,
 * message access or imports. Parsed mappings are cached (the argument is usually dynamic).
 */
public final class BloblangMethod implements MethodPlugin {
    private static final int CACHE_SIZE = 128;

    /** Bounded, access-ordered cache of parsed dynamic mappings. */
    private static final Map<Key, CompiledMapping> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, CompiledMapping> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    /** Cache key: the mapping text within one (identity-compared) environment. */
    private record Key(Environment env, String text) {
    }

    @Override
    public PluginSpec spec() {
        return PluginSpec.method("bloblang").category("Parsing").status(Status.BETA)
                .description("Executes an argument Bloblang mapping on the target. Imports and functions that interact "
                        + "with the environment or access message information are not enabled for dynamic mappings.")
                .param(ParamSpec.string("mapping", "The mapping to execute."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String text = args.string("mapping");
        return (target, ctx) -> compile(text, ctx.environment()).query(target);
    }

    private static CompiledMapping compile(String text, Environment outer) {
        Key key = new Key(outer, text);
        CompiledMapping m = CACHE.get(key);
        if (m == null) {
            Environment sandbox = outer.sandboxed().withPlugins(outer.plugins()
                    .filter(spec -> !spec.impure() && !spec.categories().contains("Message Info")));
            try {
                m = Parser.parseMapping(text, sandbox);
            } catch (BloblangException e) {
                throw Errors.failure("failed to parse mapping: " + e.getMessage());
            }
            CACHE.put(key, m);
        }
        return m;
    }
}
