package io.camelbenthos.kafka;

import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed server certificate for 127.0.0.1/localhost, made with the JDK's own keytool, as PEM text (what a
 * Benthos {@code tls} block and a PEM keystore take) plus the certificate written to a file for {@code root_cas_file}.
 */
record TestCertificate(String certificatePem, String privateKeyPem, Path certificateFile) {

    static TestCertificate create(Path dir) throws Exception {
        Path store = dir.resolve("broker.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit", "-ext", "SAN=dns:localhost,ip:127.0.0.1")
                .redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, "changeit".toCharArray());
        }
        PrivateKey key = (PrivateKey) ks.getKey("broker", "changeit".toCharArray());
        String cert = pem("CERTIFICATE", ks.getCertificate("broker").getEncoded());
        Path certFile = dir.resolve("broker-ca.pem");
        Files.writeString(certFile, cert);
        return new TestCertificate(cert, pem("PRIVATE KEY", key.getEncoded()), certFile);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
