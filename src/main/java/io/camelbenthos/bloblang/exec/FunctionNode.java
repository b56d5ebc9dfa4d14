package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.QueryException;

/** A function call {@code name(args)}; bound once when its arguments are literals. */
public final class FunctionNode extends Node {
    private final FunctionPlugin plugin;
    private final CallArgs args;
    private final FunctionImpl bound;
    private final String annotation;

    /** @throws QueryException when binding static arguments fails (a parse error) */
    public FunctionNode(FunctionPlugin plugin, CallArgs args) {
        this.plugin = plugin;
        this.args = args;
        this.bound = args.isDynamic() ? null : bindNow(plugin, args);
        String own = bound == null ? null : bound.annotation();
        this.annotation = own != null ? own : "function " + plugin.spec().name();
    }

    private static FunctionImpl bindNow(FunctionPlugin plugin, CallArgs args) {
        try {
            return plugin.bind(args.staticArgs());
        } catch (RuntimeException e) {
            throw PluginFailures.wrap(e);
        }
    }

    @Override
    public Object exec(ExecContext ctx) {
        try {
            FunctionImpl impl = bound;
            if (impl == null) {
                try {
                    impl = plugin.bind(args.resolve(ctx));
                } catch (QueryException e) {
                    throw e.prefixed("function '" + plugin.spec().name() + "'");
                }
            }
            return impl.call(ctx);
        } catch (QueryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PluginFailures.wrap(e);
        }
    }

    @Override
    public String annotation() {
        return annotation;
    }
}
