package io.camelbenthos.http.client;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;

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

    public VertxHttpUri basicAuth(String username, String password) {
        uri.append("&basicAuthUsername=RAW(").append(username).append(")&basicAuthPassword=RAW(")
                .append(password).append(')');
        return this;
    }

    public VertxHttpUri clientOptions(String beanRef) {
        uri.append("&webClientOptions=#").append(beanRef);
        return this;
    }

    /** Vert.x client options for http_client's {@code tls} block and {@code follow_redirects}. */
    public static WebClientOptions clientOptions(boolean tls, boolean skipVerify, String rootCasFile, String rootCas,
                                                 boolean followRedirects) {
        WebClientOptions options = new WebClientOptions().setFollowRedirects(followRedirects);
        if (tls) {
            if (skipVerify) {
                options.setTrustAll(true).setVerifyHost(false);
            }
            PemTrustOptions trust = new PemTrustOptions();
            if (!rootCasFile.isEmpty()) {
                trust.addCertPath(rootCasFile);
            }
            if (!rootCas.isEmpty()) {
                trust.addCertValue(Buffer.buffer(rootCas));
            }
            if (!trust.getCertPaths().isEmpty() || !trust.getCertValues().isEmpty()) {
                options.setTrustOptions(trust);
            }
        }
        return options;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
