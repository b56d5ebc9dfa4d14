package io.camelbenthos.http;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;

/** Turns the top-level {@code http} config block into the {@link HttpServerSettings} bean the endpoints reference. */
public final class HttpServerSettingsFactory {
    private HttpServerSettingsFactory() {
    }

    public static HttpServerSettings from(ComponentConfig http) {
        HttpServerSettings s = new HttpServerSettings();
        s.setEnabled(http.bool("enabled"));
        s.setAddress(http.string("address"));
        s.setRootPath(http.string("root_path"));
        s.setCertFile(http.string("cert_file"));
        s.setKeyFile(http.string("key_file"));
        ComponentConfig cors = http.object("cors");
        s.setCorsEnabled(cors.bool("enabled"));
        s.setCorsAllowedOrigins(cors.stringList("allowed_origins"));
        ComponentConfig auth = http.object("basic_auth");
        s.setBasicAuthEnabled(auth.bool("enabled"));
        s.setBasicAuthRealm(auth.string("realm"));
        s.setBasicAuthUsername(auth.string("username"));
        s.setBasicAuthPasswordHash(auth.string("password_hash"));
        s.setBasicAuthAlgorithm(auth.string("algorithm"));
        s.setBasicAuthSalt(auth.string("salt"));
        try {
            BasicAuth.from(s); // an unusable block fails the config, with its position, not the first request
        } catch (IllegalArgumentException e) {
            throw new ConfigException(http.position("basic_auth"), e.getMessage());
        }
        return s;
    }
}
