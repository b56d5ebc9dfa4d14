package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.BloblangPlugin;
import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Calls method plugins directly, the way the engine binds and runs them: arguments in declaration order (omitted
 * trailing ones take their defaults), lambdas as {@link Query} objects over {@code this}. Lets plugin tests run
 * without parsing a mapping.
 */
public final class PluginCalls {
    private PluginCalls() {
    }

    /** Runs {@code target.method(args...)}; works for both plain and target-evaluating methods. */
    public static Object call(BloblangPlugin plugin, Object target, Object... args) {
        Args bound = Args.of(plugin.spec(), withDefaults(plugin.spec(), args));
        CallContext ctx = new ThisContext(null);
        if (plugin instanceof MethodPlugin m) {
            return m.bind(bound).apply(target, ctx);
        }
        return ((TargetMethodPlugin) plugin).bind(constant(target, "field `this.v`"), bound).call(ctx);
    }

    /** Runs {@code function(args...)}. */
    public static Object callFunction(FunctionPlugin plugin, Object... args) {
        return plugin.bind(Args.of(plugin.spec(), withDefaults(plugin.spec(), args))).call(new ThisContext(null));
    }

    /** Runs a target-evaluating method whose target fails with {@code error}. */
    public static Object callFailingTarget(TargetMethodPlugin plugin, String error, Object... args) {
        Query failing = new Query() {
            @Override
            public Object eval(CallContext ctx) {
                throw new QueryException(error);
            }

            @Override
            public String annotation() {
                return "field `this.v`";
            }
        };
        return plugin.bind(failing, Args.of(plugin.spec(), withDefaults(plugin.spec(), args))).call(new ThisContext(null));
    }

    /** A lambda argument: {@code fn} applied to the value bound as {@code this}. */
    public static Query lambda(UnaryOperator<Object> fn) {
        return new Query() {
            @Override
            public Object eval(CallContext ctx) {
                return fn.apply(ctx.thisValue());
            }

            @Override
            public String annotation() {
                return "lambda";
            }
        };
    }

    private static Query constant(Object value, String annotation) {
        return new Query() {
            @Override
            public Object eval(CallContext ctx) {
                return value;
            }

            @Override
            public String annotation() {
                return annotation;
            }
        };
    }

    private static List<Object> withDefaults(PluginSpec spec, Object[] args) {
        if (spec.variadic()) {
            return Arrays.asList(args);
        }
        List<Object> out = new ArrayList<>(Arrays.asList(args));
        for (int i = args.length; i < spec.params().size(); i++) {
            ParamSpec p = spec.params().get(i);
            out.add(p.hasDefault() ? p.defaultValue() : null);
        }
        return out;
    }

    /** Only {@code this} is available: enough for methods, which see nothing else of the message. */
    private record ThisContext(Object thisValue) implements CallContext {
        @Override
        public CallContext withThis(Object value) {
            return new ThisContext(value);
        }

        @Override
        public Object root() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Message message() {
            return null;
        }

        @Override
        public List<Message> batch() {
            return List.of();
        }

        @Override
        public int index() {
            return 0;
        }

        @Override
        public Map<String, Object> metadata() {
            return null;
        }

        @Override
        public CallContext forMessage(int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object applyMap(String mapName, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Environment environment() {
            return Environment.standard();
        }
    }
}
