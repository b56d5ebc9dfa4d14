package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The arguments of one call site (Go {@code ParsedParams}): checked and coerced at parse time; arguments that are not
 * literals are resolved per call ({@link #resolve}).
 */
public final class CallArgs {
    private final PluginSpec spec;
    private final Object[] values;
    private final int[] dynIndex;
    private final Node[] dynNodes;
    private final Args staticArgs;

    private CallArgs(PluginSpec spec, Object[] values, List<Integer> dynIndex, List<Node> dynNodes) {
        this.spec = spec;
        this.values = values;
        this.dynIndex = dynIndex.stream().mapToInt(Integer::intValue).toArray();
        this.dynNodes = dynNodes.toArray(new Node[0]);
        this.staticArgs = this.dynNodes.length == 0 ? Args.of(spec, Arrays.asList(values)) : null;
    }

    /**
     * Checks and coerces arguments.
     *
     * @param positional nameless arguments (null when named are used)
     * @param named      named arguments in source order (null when nameless)
     * @throws QueryException with Benthos's parse-time text ({@code missing parameter: x}...)
     */
    public static CallArgs prepare(PluginSpec spec, List<Node> positional, Map<String, Node> named) {
        Object[] vals;
        if (named != null && !named.isEmpty()) {
            vals = processNamed(spec, new LinkedHashMap<>(named));
        } else {
            vals = processNameless(spec, positional == null ? List.of() : positional);
        }
        List<Integer> dynIdx = new ArrayList<>();
        List<Node> dyn = new ArrayList<>();
        for (int i = 0; i < vals.length; i++) {
            if (!(vals[i] instanceof Node n)) {
                continue;
            }
            if (!spec.variadic()) {
                ParamSpec p = spec.params().get(i);
                if (p.type() == ValueType.QUERY) {
                    continue;
                }
                if (p.noDynamic()) {
                    throw new QueryException("param " + p.name() + " must not be dynamic");
                }
            }
            dynIdx.add(i);
            dyn.add(n);
        }
        return new CallArgs(spec, vals, dynIdx, dyn);
    }

    private static Object[] processNameless(PluginSpec spec, List<Node> args) {
        if (spec.variadic()) {
            Object[] out = new Object[args.size()];
            for (int i = 0; i < out.length; i++) {
                Node n = args.get(i);
                out[i] = n.isLiteral() ? n.literalValue() : n;
            }
            return out;
        }
        List<ParamSpec> params = spec.params();
        if (args.size() > params.size()) {
            throw new QueryException("wrong number of arguments, expected " + params.size() + ", got " + args.size());
        }
        Object[] out = new Object[params.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ParamSpec p = params.get(i);
            Object v;
            if (i < args.size()) {
                v = args.get(i);
            } else if (p.hasDefault()) {
                v = p.defaultValue();
            } else if (p.isOptional()) {
                continue;
            } else {
                missing.add(p.name());
                continue;
            }
            out[i] = place(p, v);
        }
        checkMissing(missing);
        return out;
    }

    private static Object[] processNamed(PluginSpec spec, Map<String, Node> args) {
        if (spec.variadic()) {
            throw new QueryException("named arguments are not supported");
        }
        List<ParamSpec> params = spec.params();
        Object[] out = new Object[params.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ParamSpec p = params.get(i);
            Object v;
            if (args.containsKey(p.name())) {
                v = args.remove(p.name());
            } else if (p.isOptional() && !p.hasDefault()) {
                continue;
            } else if (p.hasDefault()) {
                v = p.defaultValue();
            } else {
                missing.add(p.name());
                continue;
            }
            out[i] = place(p, v);
        }
        if (!args.isEmpty()) {
            List<String> unexpected = new ArrayList<>(new TreeSet<>(args.keySet()));
            String options = "";
            if (missing.size() == 1) {
                options = ", did you mean " + missing.get(0) + "?";
            } else if (missing.size() > 1) {
                options = ", expected " + String.join(", ", missing);
            }
            throw new QueryException((unexpected.size() == 1 ? "unknown parameter " : "unknown parameters ")
                    + String.join(", ", unexpected) + options);
        }
        checkMissing(missing);
        return out;
    }

    private static void checkMissing(List<String> missing) {
        if (missing.size() == 1) {
            throw new QueryException("missing parameter: " + missing.get(0));
        }
        if (missing.size() > 1) {
            throw new QueryException("missing parameters: " + String.join(", ", missing));
        }
    }

    /** Literal nodes become values (except for query params); dynamic nodes stay; raw values are coerced. */
    private static Object place(ParamSpec p, Object v) {
        if (v instanceof Node n) {
            if (p.type() == ValueType.QUERY) {
                return n;
            }
            if (!n.isLiteral()) {
                return n;
            }
            v = n.literalValue();
        }
        try {
            return coerce(p, v);
        } catch (QueryException e) {
            throw e.prefixed("field " + p.name());
        }
    }

    /** Go {@code ParamDefinition.parseArgValue}. */
    static Object coerce(ParamSpec p, Object v) {
        switch (p.type()) {
            case INTEGER:
                return Values.getInt(v);
            case FLOAT:
            case NUMBER:
                return Values.getNumber(v);
            case STRING:
                if (v instanceof String) {
                    return v;
                }
                if (v instanceof byte[] b) {
                    return GoUtf8.string(b);
                }
                break;
            case TIMESTAMP:
                return Values.getTimestamp(v);
            case BOOL:
                return Values.getBool(v);
            case ARRAY:
                if (v instanceof List) {
                    return v;
                }
                break;
            case OBJECT:
                if (v instanceof Map) {
                    return v;
                }
                break;
            case QUERY:
                if (v instanceof Node) {
                    return v;
                }
                if (p.scalarsAllowed()) {
                    return new Literal(v, "");
                }
                break;
            default:
                return v;
        }
        throw new QueryException("wrong argument type, expected " + p.type().text() + ", got " + Values.typeName(v));
    }

    public boolean isDynamic() {
        return staticArgs == null;
    }

    /** The arguments when none is dynamic. */
    public Args staticArgs() {
        return staticArgs;
    }

    /**
     * Evaluates the dynamic arguments (Go {@code ResolveDynamic}).
     *
     * @throws QueryException {@code failed to extract input arg 'x': ...}
     */
    public Args resolve(ExecContext ctx) {
        Object[] out = values.clone();
        for (int i = 0; i < dynNodes.length; i++) {
            int idx = dynIndex[i];
            ParamSpec p = spec.variadic() ? ParamSpec.any(Integer.toString(i), "") : spec.params().get(idx);
            try {
                out[idx] = coerce(p, dynNodes[i].exec(ctx));
            } catch (QueryException e) {
                throw e.prefixed("failed to extract input arg '" + p.name() + "'");
            }
        }
        return Args.of(spec, Arrays.asList(out));
    }
}
