package io.camelbenthos.bloblang.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The declaration of a function or method: everything the parser, the docs and the sandbox need to know. Build it with
 * {@link #function(String)} or {@link #method(String)}.
 *
 * @param kind        function or method
 * @param name        the name used in mappings ({@code [a-z0-9_]+})
 * @param status      documentation status
 * @param categories  documentation categories (first one is the main one)
 * @param description markdown description
 * @param params      declared parameters in positional order (empty when variadic)
 * @param variadic    any number of positional arguments, named arguments rejected
 * @param impure      reads or changes the environment (env, files, host); removed from sandboxed environments
 * @param pure        the result depends only on the target and arguments, so the parser may evaluate a call whose
 *                    target and arguments are all literals once at parse time (errors then become parse errors)
 */
public record PluginSpec(PluginKind kind, String name, Status status, List<String> categories, String description,
        List<ParamSpec> params, boolean variadic, boolean impure, boolean pure) {

    public PluginSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        categories = List.copyOf(categories);
        params = List.copyOf(params);
        if (variadic && !params.isEmpty()) {
            throw new IllegalArgumentException("cannot add named parameters to a variadic parameter definition");
        }
    }

    public static Builder function(String name) {
        return new Builder(PluginKind.FUNCTION, name);
    }

    public static Builder method(String name) {
        return new Builder(PluginKind.METHOD, name);
    }

    /** Index of the parameter called {@code paramName}, or -1. */
    public int indexOf(String paramName) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(paramName)) {
                return i;
            }
        }
        return -1;
    }

    /** Fluent builder for {@link PluginSpec}. */
    public static final class Builder {
        private final PluginKind kind;
        private final String name;
        private Status status = Status.STABLE;
        private final List<String> categories = new ArrayList<>();
        private String description = "";
        private final List<ParamSpec> params = new ArrayList<>();
        private boolean variadic;
        private boolean impure;
        private boolean pure;

        private Builder(PluginKind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        public Builder status(Status s) {
            this.status = s;
            return this;
        }

        public Builder category(String c) {
            this.categories.add(c);
            return this;
        }

        public Builder description(String d) {
            this.description = d;
            return this;
        }

        public Builder param(ParamSpec p) {
            this.params.add(p);
            return this;
        }

        public Builder variadic() {
            this.variadic = true;
            return this;
        }

        /** Reads or changes the environment: removed from sandboxed environments. */
        public Builder impure() {
            this.impure = true;
            return this;
        }

        /** Result depends only on target and arguments: the parser may fold literal calls. */
        public Builder pure() {
            this.pure = true;
            return this;
        }

        public PluginSpec build() {
            return new PluginSpec(kind, name, status, categories, description, params, variadic, impure, pure);
        }
    }
}
