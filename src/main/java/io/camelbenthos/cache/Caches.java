package io.camelbenthos.cache;

import io.camelbenthos.bloblang.go.GoDuration;
import java.time.Duration;
import org.apache.camel.CamelContext;

/** Finding a cache resource at run time: its store is a bean in the Camel registry, under the id translation gave it. */
public final class Caches {
    private Caches() {
    }

    /**
     * @throws IllegalStateException when no cache is bound under {@code id} (the routes were not built by this
     *     project's translation, or the bean was unbound)
     */
    public static Cache lookup(CamelContext context, String id) {
        Cache cache = context.getRegistry().lookupByNameAndType(id, Cache.class);
        if (cache == null) {
            throw new IllegalStateException("no cache bound under '" + id + "'");
        }
        return cache;
    }

    /**
     * A rendered {@code ttl} field: null when empty (the cache's default applies), else the Go duration.
     *
     * @throws io.camelbenthos.bloblang.go.GoTimeException with Go's text ({@code time: invalid duration "5x"})
     */
    public static Duration ttl(String rendered) {
        return rendered.isEmpty() ? null : Duration.ofNanos(GoDuration.parse(rendered));
    }
}
