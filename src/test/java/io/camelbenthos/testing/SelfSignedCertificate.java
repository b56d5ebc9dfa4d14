package io.camelbenthos.testing;

import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed server certificate for 127.0.0.1/localhost, made with the JDK's own keytool (no test-only crypto
 * library), as PEM text (what a Benthos {@code tls} block and a PEM keystore take) and as the PEM files a
 * {@code cert_file}/{@code key_file} or {@code root_cas_file} setting names.
 */
public record SelfSignedCertificate(String certificatePem, String privateKeyPem, Path certificateFile,
                                    Path privateKeyFile) {
    private static final String PASSWORD = "changeit";
    private static final String ALIAS = "server";

    /** Creates the certificate, its keystore and the two PEM files in {@code dir}. */
    public static SelfSignedCertificate create(Path dir) throws Exception {
        Path store = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD, "-ext", "SAN=dns:localhost,ip:127.0.0.1")
                .redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: "
                    + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) ks.getKey(ALIAS, PASSWORD.toCharArray());
        String cert = pem("CERTIFICATE", ks.getCertificate(ALIAS).getEncoded());
        String keyPem = pem("PRIVATE KEY", key.getEncoded());
        Path certFile = Files.writeString(dir.resolve("cert.pem"), cert);
        Path keyFile = Files.writeString(dir.resolve("key.pem"), keyPem);
        return new SelfSignedCertificate(cert, keyPem, certFile, keyFile);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
