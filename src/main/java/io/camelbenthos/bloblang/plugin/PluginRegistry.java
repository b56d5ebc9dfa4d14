package io.camelbenthos.bloblang.plugin;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The functions and methods known to an environment, indexed by name. {@link #standard()} holds every plugin listed
 * in {@code META-INF/services/io.camelbenthos.bloblang.plugin.BloblangPlugin}.
 */
public final class PluginRegistry {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:_[a-z0-9]+)*");

    private static volatile PluginRegistry standard;

    private final Map<String, BloblangPlugin> functions;
    private final Map<String, BloblangPlugin> methods;

    private PluginRegistry(Map<String, BloblangPlugin> functions, Map<String, BloblangPlugin> methods) {
        this.functions = Collections.unmodifiableMap(functions);
        this.methods = Collections.unmodifiableMap(methods);
    }

    /** Every plugin on the class path (loaded once). */
    public static PluginRegistry standard() {
        PluginRegistry r = standard;
        if (r == null) {
            synchronized (PluginRegistry.class) {
                r = standard;
                if (r == null) {
                    r = of(ServiceLoader.load(BloblangPlugin.class, PluginRegistry.class.getClassLoader()).stream()
                            .map(ServiceLoader.Provider::get).toList());
                    standard = r;
                }
            }
        }
        return r;
    }

    /**
     * A registry of the given plugins.
     *
     * @throws IllegalArgumentException on a duplicate or badly declared plugin
     */
    public static PluginRegistry of(Collection<? extends BloblangPlugin> plugins) {
        Map<String, BloblangPlugin> fns = new TreeMap<>();
        Map<String, BloblangPlugin> mts = new TreeMap<>();
        for (BloblangPlugin p : plugins) {
            PluginSpec spec = p.spec();
            String where = p.getClass().getName();
            if (!NAME.matcher(spec.name()).matches()) {
                throw new IllegalArgumentException(where + ": invalid plugin name '" + spec.name() + "'");
            }
            boolean fn = spec.kind() == PluginKind.FUNCTION;
            if (fn != (p instanceof FunctionPlugin) || !fn && !(p instanceof MethodPlugin || p instanceof TargetMethodPlugin)) {
                throw new IllegalArgumentException(where + ": spec kind " + spec.kind() + " does not match its interface");
            }
            BloblangPlugin previous = (fn ? fns : mts).put(spec.name(), p);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate " + spec.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " '" + spec.name() + "': " + previous.getClass().getName() + " and " + where);
            }
        }
        return new PluginRegistry(fns, mts);
    }

    /** A registry holding only the plugins accepted by {@code keep} (e.g. without impure ones). */
    public PluginRegistry filter(Predicate<PluginSpec> keep) {
        Map<String, BloblangPlugin> fns = new TreeMap<>();
        Map<String, BloblangPlugin> mts = new TreeMap<>();
        functions.forEach((k, v) -> {
            if (keep.test(v.spec())) {
                fns.put(k, v);
            }
        });
        methods.forEach((k, v) -> {
            if (keep.test(v.spec())) {
                mts.put(k, v);
            }
        });
        return new PluginRegistry(fns, mts);
    }

    /** The function plugin called {@code name}, or null. */
    public FunctionPlugin function(String name) {
        return (FunctionPlugin) functions.get(name);
    }

    /** The method plugin called {@code name} (a {@link MethodPlugin} or {@link TargetMethodPlugin}), or null. */
    public BloblangPlugin method(String name) {
        return methods.get(name);
    }

    /** All functions by name, sorted. */
    public Map<String, BloblangPlugin> functions() {
        return functions;
    }

    /** All methods by name, sorted. */
    public Map<String, BloblangPlugin> methods() {
        return methods;
    }
}
