package io.camelbenthos.http.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The Vert.x client options of one http_client, described by its Benthos settings ({@code follow_redirects},
 * {@code tls}, {@code proxy_url}) rather than by Vert.x's many properties: those settings are the only properties
 * Jackson sees, so the bean exports to Camel YAML as they are and each setter applies itself to the options.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
        setterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public class HttpClientOptions extends WebClientOptions {
    private boolean redirects = true;
    private boolean skipCertVerify;
    private String rootCas = "";
    private String rootCasFile = "";
    private List<ClientCert> clientCerts = List.of();
    private String proxyUrl = "";

    /** One {@code tls.client_certs} item: PEM values or files. */
    public static final class ClientCert {
        private String cert = "";
        private String key = "";
        private String certFile = "";
        private String keyFile = "";

        public String getCert() {
            return cert;
        }

        public void setCert(String cert) {
            this.cert = cert;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getCertFile() {
            return certFile;
        }

        public void setCertFile(String certFile) {
            this.certFile = certFile;
        }

        public String getKeyFile() {
            return keyFile;
        }

        public void setKeyFile(String keyFile) {
            this.keyFile = keyFile;
        }
    }

    public HttpClientOptions() {
        setFollowRedirects(true);
    }

    @JsonProperty("followRedirects")
    public boolean getRedirects() {
        return redirects;
    }

    @JsonProperty("followRedirects")
    public void setRedirects(boolean followRedirects) {
        this.redirects = followRedirects;
        setFollowRedirects(followRedirects);
    }

    @JsonProperty("skipCertVerify")
    public boolean getSkipCertVerify() {
        return skipCertVerify;
    }

    @JsonProperty("skipCertVerify")
    public void setSkipCertVerify(boolean skipCertVerify) {
        this.skipCertVerify = skipCertVerify;
        setTrustAll(skipCertVerify);
        setVerifyHost(!skipCertVerify);
    }

    @JsonProperty("rootCas")
    public String getRootCas() {
        return rootCas;
    }

    @JsonProperty("rootCas")
    public void setRootCas(String rootCas) {
        this.rootCas = rootCas;
        applyTrust();
    }

    @JsonProperty("rootCasFile")
    public String getRootCasFile() {
        return rootCasFile;
    }

    @JsonProperty("rootCasFile")
    public void setRootCasFile(String rootCasFile) {
        this.rootCasFile = rootCasFile;
        applyTrust();
    }

    private void applyTrust() {
        PemTrustOptions trust = new PemTrustOptions();
        if (!rootCasFile.isEmpty()) {
            trust.addCertPath(rootCasFile);
        }
        if (!rootCas.isEmpty()) {
            trust.addCertValue(Buffer.buffer(rootCas));
        }
        setTrustOptions(trust.getCertPaths().isEmpty() && trust.getCertValues().isEmpty() ? null : trust);
    }

    @JsonProperty("clientCerts")
    public List<ClientCert> getClientCerts() {
        return clientCerts;
    }

    @JsonProperty("clientCerts")
    public void setClientCerts(List<ClientCert> clientCerts) {
        this.clientCerts = new ArrayList<>(clientCerts);
        if (clientCerts.isEmpty()) {
            setKeyCertOptions(null);
            return;
        }
        PemKeyCertOptions pem = new PemKeyCertOptions();
        for (ClientCert c : clientCerts) {
            if (!c.getCert().isEmpty()) {
                pem.addCertValue(Buffer.buffer(c.getCert())).addKeyValue(Buffer.buffer(c.getKey()));
            } else {
                pem.addCertPath(c.getCertFile()).addKeyPath(c.getKeyFile());
            }
        }
        setKeyCertOptions(pem);
    }

    /** {@code proxy_url}, checked by {@link VertxHttpUri#proxy} when the config is translated. */
    @JsonProperty("proxyUrl")
    public String getProxyUrl() {
        return proxyUrl;
    }

    @JsonProperty("proxyUrl")
    public void setProxyUrl(String proxyUrl) {
        this.proxyUrl = proxyUrl;
        setProxyOptions(proxyUrl.isEmpty() ? null : VertxHttpUri.proxy(proxyUrl, null));
    }
}
