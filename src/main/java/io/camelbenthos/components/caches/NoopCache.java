package io.camelbenthos.components.caches;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.NoopStore;
import io.camelbenthos.components.CacheComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;

/** The {@code noop} cache: stores nothing, every get is a miss. */
public final class NoopCache implements CacheComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("noop", ComponentKind.CACHE,
            "Noop is a cache that stores nothing, all gets returns not found. Why? Sometimes doing nothing is the "
                    + "braver option.");

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public Cache create(ComponentConfig config, TranslationContext context) {
        return new NoopStore();
    }
}
