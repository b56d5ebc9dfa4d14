package io.camelbenthos.cache;

import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.go.GoTimeException;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.message.Message;

/**
 * The interpolated {@code ttl} field of the cache processors and output. Benthos parses it per message; one without
 * interpolations that is not a duration would fail every message, so it is a config error here, worded as the
 * per-message error would be.
 */
public final class TtlField {
    private TtlField() {
    }

    /**
     * @param prefix     the per-message error's prefix, e.g. {@code ttl must be a duration: }
     * @param allowEmpty whether an empty ttl means "the cache's default" (cache, output) or fails (cached)
     * @throws ConfigException at the field when a literal ttl is not a Go duration
     */
    public static void checkLiteral(ComponentConfig config, String ttl, String prefix, boolean allowEmpty) {
        InterpolatedString compiled = InterpolatedString.parse(ttl);
        if (!compiled.isStatic()) {
            return;
        }
        String literal = compiled.render(Message.of(""));
        if (literal.isEmpty() && allowEmpty) {
            return;
        }
        try {
            GoDuration.parse(literal);
        } catch (GoTimeException e) {
            throw new ConfigException(config.position("ttl"), prefix + e.getMessage());
        }
    }
}
