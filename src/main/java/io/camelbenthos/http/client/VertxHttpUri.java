package io.camelbenthos.http.client;

import io.camelbenthos.bloblang.formats.GoUrl;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.Position;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
     * @throws ConfigException for a proxy URL Go would not parse, a proxy scheme Vert.x cannot speak, or a client
     *     certificate that is incomplete or encrypted
     */
    public static HttpClientOptions clientOptions(ComponentConfig config) {
        HttpClientOptions options = new HttpClientOptions();
        options.setRedirects(config.bool("follow_redirects"));
        ComponentConfig tls = config.object("tls");
        if (tls.bool("enabled")) {
            options.setSkipCertVerify(tls.bool("skip_cert_verify"));
            options.setRootCas(tls.string("root_cas"));
            options.setRootCasFile(tls.string("root_cas_file"));
            options.setClientCerts(clientCerts(tls.objectList("client_certs")));
        }
        if (!config.string("proxy_url").isEmpty()) {
            proxy(config.string("proxy_url"), config.position("proxy_url")); // checked here, with the position
            options.setProxyUrl(config.string("proxy_url"));
        }
        return options;
    }

    private static List<HttpClientOptions.ClientCert> clientCerts(List<ComponentConfig> certs) {
        List<HttpClientOptions.ClientCert> out = new ArrayList<>();
        for (ComponentConfig c : certs) {
            if (!c.string("password").isEmpty()) {
                throw new ConfigException(c.position("password"),
                        "http_client: encrypted client keys (tls.client_certs.password) are not supported");
            }
            HttpClientOptions.ClientCert cert = new HttpClientOptions.ClientCert();
            if (!c.string("cert").isEmpty() && !c.string("key").isEmpty()) {
                cert.setCert(c.string("cert"));
                cert.setKey(c.string("key"));
            } else if (!c.string("cert_file").isEmpty() && !c.string("key_file").isEmpty()) {
                cert.setCertFile(c.string("cert_file"));
                cert.setKeyFile(c.string("key_file"));
            } else {
                throw new ConfigException(c.position(), "either a key and cert or a key_file and cert_file must be specified");
            }
            out.add(cert);
        }
        return out;
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
        ProxyType type = switch (url.scheme().toLowerCase(Locale.ROOT)) {
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
