package io.camelbenthos.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One address of a Benthos redis {@code url} ({@code redis://[user:pass@]host:port[/db]}, {@code rediss://} for TLS,
 * {@code tcp://} read as {@code redis://}), parsed as go-redis's {@code ParseURL} does.
 *
 * @param db the database number, 0 when the URL has no path
 */
public record RedisAddress(String host, int port, String user, String password, int db, boolean tls) {
    private static final int DEFAULT_PORT = 6379;

    /**
     * The addresses of a {@code url} field: items split on commas (blanks dropped), each parsed.
     *
     * @throws IllegalArgumentException with go-redis's words when one does not parse
     */
    public static List<RedisAddress> parseAll(String urls) {
        List<RedisAddress> out = new ArrayList<>();
        for (String item : urls.split(",")) {
            if (!item.isBlank()) {
                out.add(parse(item.trim()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("invalid redis URL: no address given");
        }
        return out;
    }

    /** @throws IllegalArgumentException when {@code url} is not a redis URL */
    public static RedisAddress parse(String url) {
        String text = url.startsWith("tcp://") ? "redis://" + url.substring("tcp://".length()) : url;
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid redis URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme();
        if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
            throw new IllegalArgumentException("invalid redis URL scheme: " + (scheme == null ? "" : scheme));
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            if (uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty()) {
                throw new IllegalArgumentException("invalid redis URL: bad host in " + url);
            }
            host = "localhost";
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String user = "";
        String password = "";
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        return new RedisAddress(host, port, user, password, database(uri.getPath()), "rediss".equals(scheme));
    }

    private static int database(String path) {
        String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
        if (p.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(p);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("redis: invalid database number: \"" + p + "\"", e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** {@code host:port}, as Go prints a dialled address. */
    public String hostPort() {
        return host + ":" + port;
    }
}
