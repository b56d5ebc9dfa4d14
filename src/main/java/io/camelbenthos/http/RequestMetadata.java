package io.camelbenthos.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/** The metadata http_server gives every message of a request (semantics §1.4), in Benthos's order of precedence. */
final class RequestMetadata {
    private RequestMetadata() {
    }

    static Map<String, Object> of(HttpServerRequest request, String path, Map<String, String> pathVariables) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("http_server_user_agent", userAgent(request));
        meta.put("http_server_request_path", path);
        meta.put("http_server_verb", request.method().name());
        if (request.remoteAddress() != null) {
            meta.put("http_server_remote_ip", request.remoteAddress().hostAddress());
        }
        if (request.isSSL()) {
            addTls(request.sslSession(), meta);
        }
        addRequestParts(request, pathVariables, meta);
        return meta;
    }

    /**
     * The metadata of every message received on a websocket (semantics §1.5): taken from the upgrade request, and
     * unlike a POST without the request path, verb, remote IP or TLS keys.
     */
    static Map<String, Object> ofWebSocket(HttpServerRequest upgrade, Map<String, String> pathVariables) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("http_server_user_agent", userAgent(upgrade));
        addRequestParts(upgrade, pathVariables, meta);
        return meta;
    }

    private static String userAgent(HttpServerRequest request) {
        String userAgent = request.getHeader("User-Agent");
        return userAgent == null ? "" : userAgent;
    }

    /** Headers, query parameters, path variables and cookies, in that order of precedence. */
    private static void addRequestParts(HttpServerRequest request, Map<String, String> pathVariables,
                                        Map<String, Object> meta) {
        // Headers: Go-canonical keys, first value only; Go keeps Host out of the header map. One pass over the
        // entries: a later value of the same name keeps the first (no key set before the headers is canonical, so
        // putIfAbsent only ever meets an earlier value of the same header).
        for (Map.Entry<String, String> header : request.headers()) {
            if (!"host".equalsIgnoreCase(header.getKey())) {
                meta.putIfAbsent(GoHttp.canonicalHeaderKey(header.getKey()), header.getValue());
            }
        }
        if (request.query() != null) { // no query string, no parameters: skip decoding an empty one
            MultiMap params = request.params();
            for (String name : params.names()) {
                meta.put(name, params.get(name)); // get() is the first value
            }
        }
        meta.putAll(pathVariables);
        if (request.headers().contains("Cookie")) { // cookieCount() would build the cookie set of every request
            for (Cookie c : request.cookies()) {
                meta.put(c.getName(), c.getValue());
            }
        }
    }

    private static void addTls(SSLSession session, Map<String, Object> meta) {
        if (session == null) {
            return;
        }
        meta.put("http_server_tls_version", goTlsVersion(session.getProtocol()));
        try {
            java.security.cert.Certificate[] peers = session.getPeerCertificates();
            if (peers.length > 0 && peers[0] instanceof java.security.cert.X509Certificate x509) {
                meta.put("http_server_tls_subject", x509.getSubjectX500Principal().getName());
            }
        } catch (SSLPeerUnverifiedException e) {
            // No verified client certificate: Benthos sets no subject.
        }
        meta.put("http_server_tls_cipher_suite", session.getCipherSuite());
    }

    /** Java says "TLSv1" where Go says "TLSv1.0". */
    private static String goTlsVersion(String javaProtocol) {
        return "TLSv1".equals(javaProtocol) ? "TLSv1.0" : javaProtocol;
    }
}
