package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.formats.Changelog;
import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;

/** {@code patch(changelog)}: the target with an r3labs/diff changelog (as made by {@code diff}) applied. */
public final class PatchMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("patch")
                .category("Object & Array Manipulation")
                .description("Applies a changelog (created by the diff method) to the current value, transforming it according to the specified operations. This enables you to synchronize data, replay changes, or implement event sourcing patterns by applying recorded changes to reconstruct state.")
                .param(ParamSpec.any("changelog", "The changelog array to apply. Should be in the format returned by the diff method, containing Type, Path, From, and To fields for each change."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Object changelog = args.get("changelog");
        List<Changelog.Change> changes;
        try {
            changes = Changelog.decode(changelog);
        } catch (FormatException e) {
            throw Errors.failure(e.getMessage());
        }
        return (target, ctx) -> {
            if (target == null) {
                return null;
            }
            try {
                return Changelog.patch(Values.deepCopy(target), changes);
            } catch (FormatException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}
