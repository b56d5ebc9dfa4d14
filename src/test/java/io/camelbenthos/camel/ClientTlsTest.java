package io.camelbenthos.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.testing.SelfSignedCertificate;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code tls} block as an SSLContext: PEM roots and a PEM client certificate, inline or from files. */
class ClientTlsTest {
    @TempDir
    Path dir;

    @Test
    void buildsFromPemFilesAndInlinePem() throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
        SSLContext fromFiles = new ClientTls(true, false, "", cert.certificateFile().toString(), "",
                cert.certificateFile().toString(), "", cert.privateKeyFile().toString()).context();
        SSLContext inline = new ClientTls(true, false, cert.certificatePem(), "", cert.certificatePem(), "",
                cert.privateKeyPem(), "").context();
        SSLContext insecure = new ClientTls(true, true, "", "", "", "", "", "").context();

        assertThat(fromFiles.getProtocol()).isEqualTo("TLS");
        assertThat(inline.getProtocol()).isEqualTo("TLS");
        assertThat(insecure.getProtocol()).isEqualTo("TLS");
    }

    @Test
    void anEncryptedOrLegacyKeyIsRefusedWithItsReason() throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
        String legacy = cert.privateKeyPem().replace("PRIVATE KEY", "RSA PRIVATE KEY");

        assertThatThrownBy(() -> new ClientTls(true, false, "", "", cert.certificatePem(), "", legacy, "").context())
                .isInstanceOf(GeneralSecurityException.class)
                .hasMessage("client key must be an unencrypted PKCS#8 PEM key (BEGIN PRIVATE KEY)");
    }
}
