package io.camelbenthos.components.caches;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.DirectoryStore;
import io.camelbenthos.components.CacheComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;

/** The {@code file} cache: one file per item in a directory (see {@link DirectoryStore}). */
public final class FileCache implements CacheComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("file", ComponentKind.CACHE,
            "Stores each item in a directory as a file, where an item ID is the path relative to the configured "
                    + "directory.",
            FieldSpec.required("directory", FieldType.STRING, "The directory within which to store items."));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public Cache create(ComponentConfig config, TranslationContext context) {
        DirectoryStore store = new DirectoryStore();
        store.setDirectory(config.string("directory"));
        return store;
    }
}
