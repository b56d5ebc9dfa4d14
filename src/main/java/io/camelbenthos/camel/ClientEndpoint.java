package io.camelbenthos.camel;

import io.camelbenthos.readiness.ConnectionState;
import java.util.function.Supplier;
import org.apache.camel.Component;
import org.apache.camel.support.DefaultEndpoint;

/**
 * An endpoint of this project's own client components ({@code amqp09}, {@code mqtt}, {@code benthos-nats},
 * {@code benthos-redis}): its name, the options of Benthos's {@code tls} block (as {@link EndpointUriBuilder#tls}
 * writes them; {@link #tlsSettings()} reads them) and the connection state its consumer or producer reports, which
 * {@link ClientEndpointProbe} shows on {@code /ready}.
 */
public abstract class ClientEndpoint extends DefaultEndpoint {
    private String name = "";
    private volatile Supplier<ConnectionState> connectionState = () -> ConnectionState.PENDING;
    /** Custom TLS settings are enabled. */
    private boolean tls = false;
    /** Do not verify the server's certificate. */
    private boolean tlsSkipCertVerify = false;
    /** PEM root certificates to trust. */
    private String tlsRootCas = "";
    /** File of PEM root certificates to trust. */
    private String tlsRootCasFile = "";
    /** PEM client certificate chain. */
    private String tlsClientCert = "";
    /** File of the PEM client certificate chain. */
    private String tlsClientCertFile = "";
    /** PEM client key, unencrypted (amqp09: PKCS#8). */
    private String tlsClientKey = "";
    /** File of the PEM client key. */
    private String tlsClientKeyFile = "";

    protected ClientEndpoint(String uri, Component component) {
        super(uri, component);
    }

    /** The {@code tls} options as one value. */
    public ClientTls tlsSettings() {
        return new ClientTls(tls, tlsSkipCertVerify, tlsRootCas, tlsRootCasFile, tlsClientCert, tlsClientCertFile,
                tlsClientKey, tlsClientKeyFile);
    }

    /** The state of the connection of this endpoint's consumer or producer, for {@code /ready}. */
    public ConnectionState connectionState() {
        return connectionState.get();
    }

    /** Where {@link #connectionState()} comes from: the consumer or producer, once started. */
    public void connectionState(Supplier<ConnectionState> source) {
        this.connectionState = source;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isTls() {
        return tls;
    }

    public void setTls(boolean tls) {
        this.tls = tls;
    }

    public boolean isTlsSkipCertVerify() {
        return tlsSkipCertVerify;
    }

    public void setTlsSkipCertVerify(boolean tlsSkipCertVerify) {
        this.tlsSkipCertVerify = tlsSkipCertVerify;
    }

    public String getTlsRootCas() {
        return tlsRootCas;
    }

    public void setTlsRootCas(String tlsRootCas) {
        this.tlsRootCas = tlsRootCas == null ? "" : tlsRootCas;
    }

    public String getTlsRootCasFile() {
        return tlsRootCasFile;
    }

    public void setTlsRootCasFile(String tlsRootCasFile) {
        this.tlsRootCasFile = tlsRootCasFile == null ? "" : tlsRootCasFile;
    }

    public String getTlsClientCert() {
        return tlsClientCert;
    }

    public void setTlsClientCert(String tlsClientCert) {
        this.tlsClientCert = tlsClientCert == null ? "" : tlsClientCert;
    }

    public String getTlsClientCertFile() {
        return tlsClientCertFile;
    }

    public void setTlsClientCertFile(String tlsClientCertFile) {
        this.tlsClientCertFile = tlsClientCertFile == null ? "" : tlsClientCertFile;
    }

    public String getTlsClientKey() {
        return tlsClientKey;
    }

    public void setTlsClientKey(String tlsClientKey) {
        this.tlsClientKey = tlsClientKey == null ? "" : tlsClientKey;
    }

    public String getTlsClientKeyFile() {
        return tlsClientKeyFile;
    }

    public void setTlsClientKeyFile(String tlsClientKeyFile) {
        this.tlsClientKeyFile = tlsClientKeyFile == null ? "" : tlsClientKeyFile;
    }
}
