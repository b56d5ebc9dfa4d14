package io.camelbenthos.nats;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Benthos's {@code urls}: each item may hold several URLs separated by commas; a URL without a scheme is a
 * {@code nats://} one, as nats.go reads it.
 */
public final class NatsUrls {
    private static final Set<String> SCHEMES = Set.of("nats", "tls", "ws", "wss");

    private NatsUrls() {
    }

    public static List<String> expand(List<String> items) {
        return items.stream().flatMap(i -> Arrays.stream(i.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).map(u -> u.contains("://") ? u : "nats://" + u).toList();
    }

    /** Why {@code url} (already expanded) cannot be connected to, or null when it can. */
    public static String problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "invalid URL \"" + url + "\": " + e.getMessage();
        }
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme())) {
            return "invalid URL \"" + url + "\": the scheme must be nats, tls, ws or wss";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "invalid URL \"" + url + "\": no host";
        }
        return null;
    }
}
