package io.camelbenthos.bloblang.exec;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code @key} (a metadata value being built; null when absent) or {@code @} (all of it as an object). */
public final class MetaNode extends Node {
    private final String key;

    public MetaNode(String key) {
        this.key = key;
    }

    @Override
    public Object exec(ExecContext ctx) {
        Map<String, Object> meta = ctx.state.meta;
        if (key == null) {
            return meta == null ? new LinkedHashMap<String, Object>() : new LinkedHashMap<>(meta);
        }
        return meta == null ? null : meta.get(key);
    }

    @Override
    public String annotation() {
        return key == null ? "metadata object" : "meta field " + key;
    }
}
