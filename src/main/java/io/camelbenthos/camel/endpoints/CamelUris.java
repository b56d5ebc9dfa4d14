package io.camelbenthos.camel.endpoints;

import io.camelbenthos.BuildInfo;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.Position;

/**
 * Checks a {@code camel} component's endpoint URI before anything runs: its scheme must name a Camel component on
 * the class path (the jar, {@code run --dep} or {@code lib/}); otherwise a lint error names the artifact to add.
 */
public final class CamelUris {
    private CamelUris() {
    }

    /** The scheme of an endpoint URI ({@code jms} of {@code jms:queue:orders}), or "" when it has none. */
    public static String scheme(String uri) {
        int colon = uri.indexOf(':');
        return colon <= 0 ? "" : uri.substring(0, colon);
    }

    /**
     * Returns {@code uri} when its scheme resolves to a Camel component; throws the lint error otherwise.
     *
     * @param at where the URI is written
     */
    public static String checked(String uri, Position at) {
        String scheme = scheme(uri);
        if (scheme.isEmpty() || scheme.contains("${!")) {
            throw new ConfigException(at, "uri must start with a Camel component scheme (jms:, file:, …): " + uri);
        }
        if (!hasComponent(scheme)) {
            throw new ConfigException(at, "no Camel component for scheme '" + scheme + "': add "
                    + artifact(scheme) + " (run --dep " + artifact(scheme) + ", or its jar in lib/)");
        }
        return uri;
    }

    /** The artifact that usually provides the component of {@code scheme}. */
    public static String artifact(String scheme) {
        return "org.apache.camel:camel-" + scheme + ":" + BuildInfo.camelVersion();
    }

    /** Whether a component of that scheme can be resolved (Camel's own factory file on the class path). */
    static boolean hasComponent(String scheme) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = CamelUris.class.getClassLoader();
        }
        return loader.getResource("META-INF/services/org/apache/camel/component/" + scheme) != null;
    }
}
