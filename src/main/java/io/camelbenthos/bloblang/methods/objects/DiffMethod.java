package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.formats.Changelog;
import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code diff(other)}: the r3labs/diff changelog from the target to {@code other}: {@code Type}
 * (create/update/delete), {@code Path}, {@code From}, {@code To}, sorted by path. */
public final class DiffMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("diff")
                .category("Object & Array Manipulation")
                .description("Compares the current value with another value and returns a detailed changelog describing all differences. The changelog contains operations (create, update, delete) with their paths and values, enabling you to track changes between data versions, implement audit logs, or synchronize data between systems.")
                .param(ParamSpec.any("other", "The value to compare against the current value. Can be any structured data (object or array)."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Object other = args.get("other");
        return (target, ctx) -> {
            if (target == null) {
                return null;
            }
            try {
                return Changelog.diff(target, other);
            } catch (FormatException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}
