package io.camelbenthos.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level Benthos {@code http} block (semantics §8.1, §9.7): how the shared server is set up. A JavaBean so a
 * translated config can bind it by name and reference it from the endpoint URI ({@code serverSettings=#id}), which
 * keeps routes loadable and exportable without anything installed out-of-band.
 */
public class HttpServerSettings {
    private boolean enabled = true;
    private String address = "0.0.0.0:4195";
    private String rootPath = "/benthos";
    private String certFile = "";
    private String keyFile = "";
    private boolean corsEnabled;
    private List<String> corsAllowedOrigins = new ArrayList<>();
    private boolean basicAuthEnabled;
    private String basicAuthRealm = "restricted";
    private String basicAuthUsername = "";
    private String basicAuthPasswordHash = "";
    private String basicAuthAlgorithm = "sha256";
    private String basicAuthSalt = "";
    private String version = "";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRootPath() {
        return rootPath;
    }

    public void setRootPath(String rootPath) {
        this.rootPath = rootPath;
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

    public boolean isCorsEnabled() {
        return corsEnabled;
    }

    public void setCorsEnabled(boolean corsEnabled) {
        this.corsEnabled = corsEnabled;
    }

    public List<String> getCorsAllowedOrigins() {
        return corsAllowedOrigins;
    }

    public void setCorsAllowedOrigins(List<String> corsAllowedOrigins) {
        this.corsAllowedOrigins = new ArrayList<>(corsAllowedOrigins);
    }

    public boolean isBasicAuthEnabled() {
        return basicAuthEnabled;
    }

    public void setBasicAuthEnabled(boolean basicAuthEnabled) {
        this.basicAuthEnabled = basicAuthEnabled;
    }

    public String getBasicAuthRealm() {
        return basicAuthRealm;
    }

    public void setBasicAuthRealm(String basicAuthRealm) {
        this.basicAuthRealm = basicAuthRealm;
    }

    public String getBasicAuthUsername() {
        return basicAuthUsername;
    }

    public void setBasicAuthUsername(String basicAuthUsername) {
        this.basicAuthUsername = basicAuthUsername;
    }

    public String getBasicAuthPasswordHash() {
        return basicAuthPasswordHash;
    }

    public void setBasicAuthPasswordHash(String basicAuthPasswordHash) {
        this.basicAuthPasswordHash = basicAuthPasswordHash;
    }

    public String getBasicAuthAlgorithm() {
        return basicAuthAlgorithm;
    }

    public void setBasicAuthAlgorithm(String basicAuthAlgorithm) {
        this.basicAuthAlgorithm = basicAuthAlgorithm;
    }

    public String getBasicAuthSalt() {
        return basicAuthSalt;
    }

    public void setBasicAuthSalt(String basicAuthSalt) {
        this.basicAuthSalt = basicAuthSalt;
    }

    /** The version reported by {@code /version}; empty means the project's version ({@link io.camelbenthos.BuildInfo}). */
    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
