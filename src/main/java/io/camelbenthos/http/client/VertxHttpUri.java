package io.camelbenthos.http.client;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.ext.web.client.WebClientOptions;
import io.camelbenthos.bloblang.formats.GoUrl;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.Position;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import java.net.URI;
import java.util.List;

/**
 * The {@code vertx-http:} endpoint an http_client sends through. The request URL itself travels in the
 * {@code CamelHttpUri} header (interpolated per message), so the endpoint URI only carries the client options.
 */
public final class VertxHttpUri {
    private final StringBuilder uri = new StringBuilder("vertx-http:");

    /** @param url the configured url; its scheme and authority name the endpoint */
    public VertxHttpUri(String url, long timeoutMillis) {
        uri.append(baseOf(url)).append("?throwExceptionOnFailure=false")
                .append("&timeout=").append(timeoutMillis)
                .append("&connectTimeout=").append(Math.min(timeoutMillis, Integer.MAX_VALUE));
    }

    /** Scheme and authority of a plain absolute URL; a neutral placeholder for interpolated ones. */
    static String baseOf(String url) {
        if (!url.contains("${!")) {
            try {
                URI parsed = URI.create(url);
                if (parsed.getScheme() != null && parsed.getRawAuthority() != null) {
                    // No path: vertx-http appends a path to CamelHttpUri, which must stay the whole URL.
                    return parsed.getScheme() + "://" + parsed.getRawAuthority();
                }
            } catch (IllegalArgumentException e) {
                // fall through: the placeholder works because CamelHttpUri always overrides it
            }
        }
        return "http://localhost/";
    }

    public VertxHttpUri clientOptions(String beanRef) {
        uri.append("&webClientOptions=#").append(beanRef);
        return this;
    }

    /**
     * Vert.x client options for http_client's {@code tls} block, {@code follow_redirects} and {@code proxy_url}.
     *
     * @throws ConfigException for a proxy URL Go would not parse, a proxy scheme Vert.x cannot speak, or an
     *     encrypted client key
     */
    public static WebClientOptions clientOptions(ComponentConfig config) {
        WebClientOptions options = new WebClientOptions().setFollowRedirects(config.bool("follow_redirects"));
        ComponentConfig tls = config.object("tls");
        if (tls.bool("enabled")) {
            if (tls.bool("skip_cert_verify")) {
                options.setTrustAll(true).setVerifyHost(false);
            }
            PemTrustOptions trust = new PemTrustOptions();
            if (!tls.string("root_cas_file").isEmpty()) {
                trust.addCertPath(tls.string("root_cas_file"));
            }
            if (!tls.string("root_cas").isEmpty()) {
                trust.addCertValue(Buffer.buffer(tls.string("root_cas")));
            }
            if (!trust.getCertPaths().isEmpty() || !trust.getCertValues().isEmpty()) {
                options.setTrustOptions(trust);
            }
            List<ComponentConfig> certs = tls.objectList("client_certs");
            if (!certs.isEmpty()) {
                options.setKeyCertOptions(clientCerts(certs));
            }
        }
        if (!config.string("proxy_url").isEmpty()) {
            options.setProxyOptions(proxy(config.string("proxy_url"), config.position("proxy_url")));
        }
        return options;
    }

    private static PemKeyCertOptions clientCerts(List<ComponentConfig> certs) {
        PemKeyCertOptions pem = new PemKeyCertOptions();
        for (ComponentConfig c : certs) {
            if (!c.string("password").isEmpty()) {
                throw new ConfigException(c.position("password"),
                        "http_client: encrypted client keys (tls.client_certs.password) are not supported");
            }
            if (!c.string("cert").isEmpty() && !c.string("key").isEmpty()) {
                pem.addCertValue(Buffer.buffer(c.string("cert"))).addKeyValue(Buffer.buffer(c.string("key")));
            } else if (!c.string("cert_file").isEmpty() && !c.string("key_file").isEmpty()) {
                pem.addCertPath(c.string("cert_file")).addKeyPath(c.string("key_file"));
            } else {
                throw new ConfigException(c.position(), "either a key and cert or a key_file and cert_file must be specified");
            }
        }
        return pem;
    }

    /**
     * Go's {@code http.ProxyURL}: {@code http://} (the default port 80) or {@code socks5://}/{@code socks5h://}
     * (1080); user info becomes the proxy credentials.
     */
    static ProxyOptions proxy(String proxyUrl, Position at) {
        GoUrl url;
        try {
            url = GoUrl.parse(proxyUrl);
        } catch (RuntimeException e) {
            throw new ConfigException(at, "failed to parse proxy_url string: " + e.getMessage());
        }
        ProxyType type = switch (url.scheme().toLowerCase(java.util.Locale.ROOT)) {
            case "http" -> ProxyType.HTTP;
            case "socks5", "socks5h" -> ProxyType.SOCKS5;
            default -> throw new ConfigException(at, "http_client: proxy_url scheme '" + url.scheme()
                    + "' is not supported (use http or socks5)");
        };
        String host = url.host();
        int port = type == ProxyType.HTTP ? 80 : 1080;
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && colon > host.lastIndexOf(']')) {
            port = Integer.parseInt(host.substring(colon + 1));
            host = host.substring(0, colon);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        ProxyOptions proxy = new ProxyOptions().setType(type).setHost(host).setPort(port);
        if (url.user() != null) {
            proxy.setUsername(url.user());
            proxy.setPassword(url.password() == null ? "" : url.password());
        }
        return proxy;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
