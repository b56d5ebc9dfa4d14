package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;

/** A method that evaluates its target itself ({@code catch}, {@code or}, {@code from}...). */
public final class TargetMethodNode extends Node {
    private final Node target;
    private final TargetMethodPlugin plugin;
    private final ResultCopy resultCopy;
    private final CallArgs args;
    private final FunctionImpl bound;
    private final String annotation;

    /** @throws QueryException when binding static arguments fails (a parse error) */
    public TargetMethodNode(Node target, TargetMethodPlugin plugin, CallArgs args) {
        this.target = target;
        this.plugin = plugin;
        this.resultCopy = ResultCopy.of(plugin);
        this.args = args;
        this.annotation = "method " + plugin.spec().name();
        FunctionImpl b = null;
        if (!args.isDynamic()) {
            try {
                b = plugin.bind(target, args.staticArgs());
            } catch (RuntimeException e) {
                throw PluginFailures.wrap(e);
            }
        }
        this.bound = b;
    }

    @Override
    public Object exec(ExecContext ctx) {
        try {
            FunctionImpl impl = bound;
            if (impl == null) {
                try {
                    impl = plugin.bind(target, args.resolve(ctx));
                } catch (QueryException e) {
                    throw e.prefixed("method '" + plugin.spec().name() + "'");
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
    public Object assignable(Object v) {
        return resultCopy.apply(v);
    }

    @Override
    public String annotation() {
        return annotation;
    }
}
