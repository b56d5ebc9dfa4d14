package io.camelbenthos.http;

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
        String userAgent = request.getHeader("User-Agent");
        meta.put("http_server_user_agent", userAgent == null ? "" : userAgent);
        meta.put("http_server_request_path", path);
        meta.put("http_server_verb", request.method().name());
        if (request.remoteAddress() != null) {
            meta.put("http_server_remote_ip", request.remoteAddress().hostAddress());
        }
        if (request.isSSL()) {
            addTls(request.sslSession(), meta);
        }
        // Headers: Go-canonical keys, first value only; Go keeps Host out of the header map.
        for (String name : request.headers().names()) {
            if (!"host".equalsIgnoreCase(name)) {
                meta.put(GoHttp.canonicalHeaderKey(name), request.headers().getAll(name).get(0)); // first value only
            }
        }
        for (String name : request.params().names()) {
            meta.put(name, request.params().get(name)); // get() is the first value
        }
        meta.putAll(pathVariables);
        if (request.cookieCount() > 0) {
            for (Cookie c : request.cookies()) {
                meta.put(c.getName(), c.getValue());
            }
        }
        return meta;
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
