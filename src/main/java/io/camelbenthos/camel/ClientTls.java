package io.camelbenthos.camel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The {@code tls} block of this project's client components (amqp_0_9, mqtt, nats; redis reads its fields) as an
 * {@link SSLContext}: root CAs (PEM, inline or a file) replace
 * the JVM's trust store, {@code skip_cert_verify} trusts any chain (Go's {@code InsecureSkipVerify}), and one client
 * certificate (PEM chain plus an unencrypted PKCS#8 key) is offered for mutual TLS and SASL EXTERNAL.
 */
public record ClientTls(boolean enabled, boolean skipCertVerify, String rootCas, String rootCasFile, String clientCert,
                        String clientCertFile, String clientKey, String clientKeyFile) {
    /** No {@code tls} block. */
    public static final ClientTls DISABLED = new ClientTls(false, false, "", "", "", "", "", "");

    private static final Pattern PEM_KEY = Pattern.compile(
            "-----BEGIN ([A-Z ]*)PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1PRIVATE KEY-----");

    public SSLContext context() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        boolean client = !clientCert.isEmpty() || !clientCertFile.isEmpty();
        context.init(client ? keyManagers() : null, trustManagers(), null);
        return context;
    }

    private TrustManager[] trustManagers() throws GeneralSecurityException {
        if (skipCertVerify) {
            return new TrustManager[] {new TrustAll()};
        }
        String pem = rootCas;
        if (!rootCasFile.isEmpty()) {
            pem = read(rootCasFile);
        }
        if (pem.isEmpty()) {
            return null; // the JVM's defaults
        }
        KeyStore store = emptyStore();
        int n = 0;
        for (Certificate c : certificates(pem)) {
            store.setCertificateEntry("ca" + n++, c);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        return tmf.getTrustManagers();
    }

    private javax.net.ssl.KeyManager[] keyManagers() throws GeneralSecurityException {
        String cert = clientCertFile.isEmpty() ? clientCert : read(clientCertFile);
        String key = clientKeyFile.isEmpty() ? clientKey : read(clientKeyFile);
        List<Certificate> chain = new ArrayList<>(certificates(cert));
        KeyStore store = emptyStore();
        store.setKeyEntry("client", privateKey(key), new char[0], chain.toArray(new Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, new char[0]);
        return kmf.getKeyManagers();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return store;
    }

    private static Collection<? extends Certificate> certificates(String pem) throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        Matcher m = PEM_KEY.matcher(pem);
        if (!m.find() || !m.group(1).isEmpty()) {
            throw new GeneralSecurityException("client key must be an unencrypted PKCS#8 PEM key (BEGIN PRIVATE KEY)");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(2));
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new GeneralSecurityException("client key: unsupported key algorithm");
    }

    /** A PEM value or the contents of its file. */
    static String read(String file) throws GeneralSecurityException {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code skip_cert_verify}: any chain is accepted. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
