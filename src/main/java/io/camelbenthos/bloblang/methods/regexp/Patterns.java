package io.camelbenthos.bloblang.methods.regexp;

import io.camelbenthos.bloblang.go.GoRegexp;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Shared pieces of the {@code re_*} methods: the pattern parameter, compiling with Go's errors, target bytes. */
final class Patterns {
    static final String CATEGORY = "Regular Expressions";
    static final ParamSpec PATTERN = ParamSpec.string("pattern", "The pattern to match against.");

    private Patterns() {
    }

    /** Compiles the {@code pattern} argument; a bad pattern fails with Go's {@code error parsing regexp: ...}. */
    static GoRegexp compile(Args args) {
        try {
            return GoRegexp.compile(args.string("pattern"));
        } catch (IllegalArgumentException e) {
            throw Errors.failure(e.getMessage());
        }
    }

    /** The target's bytes: strings and bytes only, as Benthos's regexp methods accept. */
    static byte[] targetBytes(Object target) {
        if (target instanceof String s) {
            return GoUtf8.encode(s);
        }
        if (target instanceof byte[] b) {
            return b;
        }
        throw Errors.typeError(target, ValueType.STRING);
    }

    /** Every match of {@code re} in the target, each read as a value by {@code read(targetBytes, submatchIndexes)}. */
    static MethodImpl findAll(GoRegexp re, BiFunction<byte[], int[], Object> read) {
        return (target, ctx) -> {
            byte[] b = targetBytes(target);
            List<Object> out = new ArrayList<>();
            for (int[] g : re.findAllSubmatchIndex(b, -1)) {
                out.add(read.apply(b, g));
            }
            return out;
        };
    }

    /** Group keys as Benthos builds them: the group's name, or its index when unnamed. */
    static List<String> groupKeys(GoRegexp re) {
        List<String> names = re.subexpNames();
        List<String> keys = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            keys.add(names.get(i).isEmpty() ? Integer.toString(i) : names.get(i));
        }
        return keys;
    }

    /**
     * One match as an object keyed by {@link #groupKeys}. String targets give strings ({@code ""} for a group that
     * did not take part); bytes targets give bytes (null for such a group), as Go's {@code FindSubmatch} does.
     */
    static Map<String, Object> matchObject(List<String> keys, byte[] b, int[] g, boolean asBytes) {
        Map<String, Object> obj = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            int start = g[2 * i];
            int end = g[2 * i + 1];
            Object v;
            if (asBytes) {
                v = start < 0 ? null : java.util.Arrays.copyOfRange(b, start, end);
            } else {
                v = start < 0 ? "" : GoUtf8.string(b, start, end);
            }
            obj.put(keys.get(i), v);
        }
        return obj;
    }
}
