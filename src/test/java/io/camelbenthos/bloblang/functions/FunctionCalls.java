package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds and calls function plugins the way the engine does (positional arguments, declared defaults for the rest),
 * against a small fixed {@link CallContext}: one message whose parsed document is given, plus the metadata being
 * built.
 */
public final class FunctionCalls {
    private FunctionCalls() {
    }

    public static FunctionImpl bind(FunctionPlugin plugin, Object... positional) {
        PluginSpec spec = plugin.spec();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < spec.params().size(); i++) {
            ParamSpec p = spec.params().get(i);
            values.add(i < positional.length ? positional[i] : p.hasDefault() ? p.defaultValue() : null);
        }
        return plugin.bind(Args.of(spec, values));
    }

    public static Object call(FunctionPlugin plugin, Object... positional) {
        return bind(plugin, positional).call(context(Message.of("{}"), Map.of()));
    }

    /** A context for {@code message} whose input document is {@code document}. */
    public static CallContext context(Message message, Object document) {
        return new Context(message, document, document, new HashMap<>(), Environment.standard());
    }

    public static CallContext context(Message message, Object document, Environment env) {
        return new Context(message, document, document, new HashMap<>(), env);
    }

    /** The fixed context: one message, no named maps. */
    public record Context(Message message, Object document, Object thisValue, Map<String, Object> metadata,
            Environment environment) implements CallContext {
        @Override
        public CallContext withThis(Object value) {
            return new Context(message, document, value, metadata, environment);
        }

        @Override
        public Object root() {
            return io.camelbenthos.bloblang.value.Nothing.INSTANCE;
        }

        @Override
        public List<Message> batch() {
            return List.of(message);
        }

        @Override
        public int index() {
            return 0;
        }

        @Override
        public CallContext forMessage(int index) {
            if (index != 0) {
                throw new QueryException("index " + index + " out of range");
            }
            return new Context(message, document, document, metadata, environment);
        }

        @Override
        public Object applyMap(String mapName, Object value) {
            throw new QueryException("map " + mapName + " was not found");
        }
    }
}
